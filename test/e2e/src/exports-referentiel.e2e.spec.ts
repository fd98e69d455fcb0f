import { Workbook } from 'exceljs';
import { readModelsAJour, startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';

/**
 * The référentiel's lists as files (issue 17, item 5; docs/exports.md): partenaires, quartiers, communes, the cadre
 * stratégique, engagements and appels, each against the GraphQL query of its screen, with its filters and refusals.
 */
const TENANT = 'cabbalr';

describe('exports of the référentiel (standalone app, demo data)', () => {
  let app: TestApp;
  let base: string;
  let agent: GraphqlClient;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot, { DEMO: 'true' });
    await app.app.get(DemoSeeder).seed();
    // the seed writes through the command handler: the read models include it before the queries compare
    await readModelsAJour(app.app);
    base = app.url.replace(/\/graphql$/, '');
    agent = await app.clientFor(TENANT, 'agent');
  }, 120_000);
  afterAll(() => app.close());

  async function get(chemin: string, role: Parameters<TestApp['token']>[1] = 'agent', organisationId?: string) {
    const reponse = await fetch(`${base}${chemin}`, {
      headers: { authorization: `Bearer ${await app.token(TENANT, role, organisationId)}`, 'x-tenant': TENANT },
    });
    const octets = Buffer.from(await reponse.arrayBuffer());
    return {
      status: reponse.status,
      type: reponse.headers.get('content-type') ?? '',
      octets,
      lignes: octets
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    };
  }

  it('partenaires: the rows of the `partenaires` query with its filters, for every reader (a porteur included)', async () => {
    const { partenaires } = await agent.ok<{ partenaires: { totalCount: number; edges: Array<{ node: { nom: string } }> } }>(
      `{ partenaires(filter: { role: financeur }, first: 200) { totalCount edges { node { nom } } } }`,
    );
    const fichier = await get('/exports/partenaires.csv?role=financeur&columns=nom,roles');
    expect(fichier.status).toBe(200);
    expect(fichier.lignes[0]).toBe('Nom;Rôles');
    expect(fichier.lignes.slice(1).map((ligne) => ligne.split(';')[0])).toEqual(partenaires.edges.map((edge) => edge.node.nom));
    expect((await get('/exports/partenaires.csv', 'porteur', 'ville-d-auchel')).status).toBe(200);
    expect((await get('/exports/partenaires.csv?role=mecene')).status).toBe(400);
  });

  it('the financing rules: one row per rule of `reglesFinancement`, as of an instant too, for every reader', async () => {
    const { reglesFinancement } = await agent.ok<{ reglesFinancement: { regles: Array<{ libelle: string; type: string; montantMax: string | null }> } }>(
      `{ reglesFinancement { regles { libelle type montantMax } } }`,
    );
    expect(reglesFinancement.regles.length).toBeGreaterThan(0);
    const fichier = await get('/exports/regles-financement.csv?columns=libelle,type,montantMax');
    expect(fichier.status).toBe(200);
    expect(fichier.lignes[0]).toBe('Règle;Type;Montant maximum (€)');
    const lignes = fichier.lignes.slice(1).map((ligne) => ligne.split(';'));
    expect(lignes.map(([libelle]) => libelle)).toEqual(reglesFinancement.regles.map((regle) => regle.libelle));
    // a ceiling's amount in euros with a decimal comma, the query's figure
    const plafonds = reglesFinancement.regles.flatMap((regle, rang) => (regle.type === 'plafond' ? [{ regle, rang }] : []));
    expect(plafonds.length).toBeGreaterThan(0);
    for (const { regle, rang } of plafonds) expect(Number(lignes[rang][2].replace(/\s/g, '').replace(',', '.'))).toBe(Number(regle.montantMax));
    expect((await get('/exports/regles-financement.csv', 'porteur', 'ville-d-auchel')).status).toBe(200);
    // before the workspace defined its rules: the header alone
    expect((await get('/exports/regles-financement.csv?asOf=2001-01-01T00:00:00Z')).lignes).toHaveLength(1);
  });

  it('quartiers and communes: every quartier of a generation, every commune of the territory', async () => {
    const { qpvs, territoire } = await agent.ok<{ qpvs: { totalCount: number }; territoire: { communes: Array<{ nom: string; rattachee: boolean }> } }>(
      `{ qpvs(filter: { generation: 2015 }, first: 200) { totalCount } territoire { communes { nom rattachee } } }`,
    );
    const quartiers = await get('/exports/quartiers.csv?generation=2015');
    expect(quartiers.lignes.length - 1).toBe(qpvs.totalCount);
    const communes = await get('/exports/communes.xlsx');
    expect(communes.type).toMatch(/spreadsheetml/);
    const classeur = new Workbook();
    await classeur.xlsx.load(communes.octets as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const feuille = classeur.getWorksheet('Communes');
    expect(feuille?.rowCount).toBe(territoire.communes.filter((commune) => commune.rattachee).length + 1);
  });

  it('the cadre stratégique, one row per node; engagements and appels, one table per CSV', async () => {
    const { cadreStrategique } = await agent.ok<{ cadreStrategique: { noeuds: unknown[] } }>(`{ cadreStrategique { noeuds { id } } }`);
    const cadre = await get('/exports/cadre-strategique.csv');
    expect(cadre.lignes.length - 1).toBe(cadreStrategique.noeuds.length);
    expect(cadre.lignes[0]).toBe('Dimension;Niveau;Code;Libellé;Élément parent');
    expect((await get('/exports/cadre-strategique.csv?version=9')).status).toBe(404);

    const { appelAProjets } = await agent.ok<{ appelAProjets: { enveloppes: unknown[] } }>(`{ appelAProjets(annee: 2019) { enveloppes { montant } } }`);
    const enveloppes = await get('/exports/appels.csv?tableau=enveloppes');
    expect(enveloppes.lignes.length - 1).toBe(appelAProjets.enveloppes.length);
    const sansTableau = await get('/exports/appels.csv');
    expect(sansTableau.status).toBe(400);
    expect((await get('/exports/engagements.csv?tableau=cibles')).status).toBe(200);
    expect((await get('/exports/engagements.xlsx')).status).toBe(200);
  });
});
