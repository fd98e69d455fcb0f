import type { INestApplication } from '@nestjs/common';
import { Workbook } from 'exceljs';
import type { DistributedTestApps, TestApp } from '@cdv/app-harness';
import { CommandHandler, type EventStore } from '@cdv/eventsourcing';
import { EVENT_STORE, ReadModelsService } from '@cdv/platform';
import { startTopology, TOPOLOGIES } from './support/topologies';
import { ProgrammationSeeder } from '@cdv/demo-programmation';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { executer, montant } from './programmation-fixture';

/**
 * Exports and open data (issue 16) over HTTP, on both topologies: the endpoint's refusals, the CSV for French
 * spreadsheets, the XLSX read back against the `programmation` query, the SCDL query and the public URL.
 */
const TENANT = 'cabbalr';

interface Reponse {
  status: number;
  headers: Headers;
  octets: Buffer;
  texte: string;
  json: () => { errors?: Array<{ message: string; extensions: Record<string, unknown> }> } & Record<string, unknown>;
}

/** The CABBALR référentiel and demo programmation, written through the service that holds the programmation. */
async function semer(app: TestApp): Promise<{ avantProgrammation: string }> {
  const cible: INestApplication = 'services' in app ? (app as DistributedTestApps).services.programmation.app : app.app;
  const handler = cible.get(CommandHandler);
  const store = cible.get<EventStore>(EVENT_STORE);
  const readModels = cible.get(ReadModelsService);
  await new TerritoireSeeder(handler, store, readModels).seed(TENANT);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const avantProgrammation = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  await new ProgrammationSeeder(handler).seedDemo({ tenants: [TENANT] });
  await readModels.afterWrite(await store.headPosition());
  return { avantProgrammation };
}

describe.each(TOPOLOGIES)('exports and open data (%s)', (topology) => {
  let app: TestApp;
  let base: string;
  let avantProgrammation: string;

  async function get(chemin: string, token?: string, tenant: string | null = TENANT): Promise<Reponse> {
    const reponse = await fetch(`${base}${chemin}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(tenant ? { 'x-tenant': tenant } : {}) },
    });
    const octets = Buffer.from(await reponse.arrayBuffer());
    const texte = octets.toString('utf8');
    return { status: reponse.status, headers: reponse.headers, octets, texte, json: () => JSON.parse(texte) };
  }
  const jeton = (role: Parameters<TestApp['token']>[1], organisationId?: string, tenant = TENANT) => app.token(tenant, role, organisationId);
  const refus = (reponse: Reponse) => ({ status: reponse.status, ...reponse.json().errors?.[0]?.extensions });

  beforeAll(async () => {
    app = await startTopology(topology);
    base = app.url.replace(/\/graphql$/, '');
    ({ avantProgrammation } = await semer(app));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
  });

  describe('refusals of GET /exports/{export}.{csv|xlsx}', () => {
    it('without a token: 401 UNAUTHENTICATED', async () => {
      expect(refus(await get('/exports/dossiers.csv?annee=2019'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
      expect(refus(await get('/exports/dossiers.csv?annee=2019', 'not-a-token'))).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    });

    it('a token of another workspace: 403 TENANT_MISMATCH', async () => {
      expect(refus(await get('/exports/dossiers.csv?annee=2019', await jeton('agent', undefined, 'mel')))).toMatchObject({
        status: 403,
        code: 'TENANT_MISMATCH',
      });
    });

    it('a role the mirrored query does not permit: 403 FORBIDDEN naming who may', async () => {
      expect(refus(await get('/exports/dossiers.csv?annee=2019', await jeton('lecteur')))).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
        permitted: ['admin', 'agent', 'instructeur', 'porteur', 'auditeur'],
      });
      expect(refus(await get('/exports/journal.csv', await jeton('instructeur', 'etat')))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
      expect(refus(await get('/exports/grand-livre.csv?annee=2019', await jeton('porteur', 'ville-de-bethune')))).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
      });
    });

    it('a porteur asking for another organisation’s dossiers: 403 FORBIDDEN; its own export holds its dossiers only', async () => {
      const porteur = await jeton('porteur', 'ville-de-bethune');
      expect(refus(await get('/exports/dossiers.csv?annee=2019&porteur=ville-de-lillers', porteur))).toMatchObject({
        status: 403,
        code: 'FORBIDDEN',
        field: 'porteur',
      });
      const siens = await get('/exports/dossiers.csv?annee=2019&columns=dossierId,porteurId', porteur);
      expect(siens.status).toBe(200);
      const lignes = siens.texte.slice(1).trim().split('\r\n').slice(1);
      expect(lignes.length).toBeGreaterThan(0);
      expect(lignes.every((ligne) => ligne.endsWith(';ville-de-bethune'))).toBe(true);
      // and no rule warning in its line rows, as in its GraphQL view
      const parLigne = await get('/exports/lignes-financement.csv?annee=2019&columns=porteurId,avertissements&porteur=ville-de-bethune', porteur);
      expect(
        parLigne.texte
          .slice(1)
          .trim()
          .split('\r\n')
          .slice(1)
          .every((ligne) => ligne === 'ville-de-bethune;'),
      ).toBe(true);
    });

    it('an unknown column, a bad asOf, an unknown parameter or export: 400/404 with the field named', async () => {
      const agent = await jeton('agent');
      expect(refus(await get('/exports/dossiers.xlsx?annee=2019&columns=titre,montantt', agent))).toMatchObject({
        status: 400,
        code: 'VALIDATION_FAILED',
        field: 'columns',
        unknown: ['montantt'],
      });
      expect(refus(await get('/exports/dossiers.csv?asOf=hier', agent))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'asOf' });
      expect(refus(await get('/exports/dossiers.csv?asOf=2019-03-15', agent))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'asOf' });
      expect(refus(await get('/exports/dossiers.csv?asOf=2019-03-15T00:00:00Z&asOfPosition=3', agent))).toMatchObject({ status: 400, field: 'asOf' });
      expect(refus(await get('/exports/dossiers.csv?anne=2019', agent))).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', field: 'anne' });
      expect(refus(await get('/exports/dossiers.csv?statut=vote', agent))).toMatchObject({ status: 400, field: 'statut' });
      expect(refus(await get('/exports/dossiers.pdf', agent))).toMatchObject({ status: 400, field: 'format' });
      expect(refus(await get('/exports/programmation.csv?annee=2019', agent))).toMatchObject({ status: 400, field: 'tableau' });
      expect(refus(await get('/exports/secrets.csv', agent))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    });
  });

  it('GET /exports lists every export with its roles, parameters and columns', async () => {
    const catalogue = (await get('/exports')).json() as unknown as {
      exports: Array<{ nom: string; roles: string[]; tableaux: Array<{ colonnes: Array<{ id: string }> }> }>;
    };
    expect(catalogue.exports.map((e) => e.nom)).toEqual([
      'appels',
      'cadre-strategique',
      'communes',
      'dossiers',
      'engagements',
      'espaces-de-travail',
      'grand-livre',
      'journal',
      'lignes-financement',
      'partenaires',
      'programmation',
      'quartiers',
      'regles-financement',
      'versements',
    ]);
    expect(catalogue.exports.find((e) => e.nom === 'journal')!.roles).toEqual(['admin', 'agent', 'auditeur']);
    expect(catalogue.exports.find((e) => e.nom === 'dossiers')!.tableaux[0].colonnes.map((c) => c.id)).toContain('vote');
  });

  it('the CSV opens in a French spreadsheet: BOM, the default columns, decimal commas, dd/mm/yyyy', async () => {
    const reponse = await get('/exports/dossiers.csv?annee=2019&tri=titre', await jeton('agent'));
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(reponse.headers.get('content-disposition')).toBe('attachment; filename="cabbalr-dossiers-2019.csv"');
    expect([...reponse.octets.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [entete, ...lignes] = reponse.texte.slice(1).trim().split('\r\n');
    expect(entete).toBe(
      'Dossier;Année;Titre;Statut;Porteur;Coût total (€);Pilier;Thématique;Communes;Quartiers (QPV);Financeurs;Demandé (€);Voté (€);Versé (€);Déposé le',
    );
    expect(lignes).toHaveLength(123);
    for (const ligne of lignes) expect(ligne).toMatch(/;\d+,\d{2};\d+,\d{2};\d+,\d{2};\d{2}\/\d{2}\/\d{4}$/);
  });

  it('the XLSX reads back with numbers and dates, and its totals are the programmation query’s', async () => {
    const agent = await app.clientFor(TENANT, 'agent');
    const { programmation } = await agent.ok<{
      programmation: { parFinanceur: Array<{ categorie: string; nature: string; vote: string; lignes: number }>; comptes: { retenus: number } };
    }>('{ programmation(annee: 2019) { comptes { retenus } parFinanceur { categorie nature lignes vote } } }');
    const reponse = await get('/exports/programmation.xlsx?annee=2019', await jeton('agent'));
    expect(reponse.status).toBe(200);
    expect(reponse.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const classeur = new Workbook();
    await classeur.xlsx.load(reponse.octets as unknown as ArrayBuffer);
    expect(classeur.worksheets.map((f) => f.name)).toEqual([
      'Comptes',
      'Par financeur',
      'Par pilier',
      'Par thématique',
      'Par QPV',
      'Par nature de porteur',
      'Paramètres',
    ]);
    const parFinanceur = classeur.getWorksheet('Par financeur')!;
    const entetes = parFinanceur.getRow(1).values as string[];
    const colonneVote = entetes.indexOf('Voté (€)');
    const votes: number[] = [];
    parFinanceur.eachRow((row, numero) => {
      if (numero === 1) return;
      const cellule = row.getCell(colonneVote);
      expect(typeof cellule.value).toBe('number');
      expect(cellule.numFmt).toBe('#,##0.00 "€"');
      votes.push(cellule.value as number);
    });
    expect(votes.map((v) => Math.round(v * 100))).toEqual(programmation.parFinanceur.map((f) => Math.round(Number(f.vote) * 100)));
    expect(classeur.getWorksheet('Comptes')!.getRow(2).getCell(2).value).toBe(programmation.comptes.retenus);

    // the dossiers, one row per line: dates are dates, amounts numbers, Σ voted = Σ of the programmation's financeurs
    const lignes = await get('/exports/dossiers.xlsx?annee=2019&par=ligne&columns=dossierId,deposeLe,ligneVote', await jeton('auditeur'));
    const detail = new Workbook();
    await detail.xlsx.load(lignes.octets as unknown as ArrayBuffer);
    const feuille = detail.worksheets[0];
    expect(feuille.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(feuille.autoFilter).toBe('A1:C1');
    let totalVote = 0;
    feuille.eachRow((row, numero) => {
      if (numero === 1) return;
      expect(row.getCell(2).value).toBeInstanceOf(Date);
      expect(row.getCell(2).numFmt).toBe('dd/mm/yyyy');
      totalVote += Math.round((row.getCell(3).value as number) * 100);
    });
    expect(totalVote).toBe(programmation.parFinanceur.reduce((sum, f) => sum + Math.round(Number(f.vote) * 100), 0));
  });

  it('asOf: the export as the platform knew it then (before the programmation: no dossier)', async () => {
    const agent = await jeton('agent');
    const avant = await get(`/exports/dossiers.csv?annee=2019&asOf=${encodeURIComponent(avantProgrammation)}`, agent);
    expect(avant.status).toBe(200);
    expect(avant.headers.get('content-disposition')).toMatch(/cabbalr-dossiers-2019-au-\d{8}T\d{6}Z\.csv/);
    expect(avant.texte.slice(1).trim().split('\r\n')).toHaveLength(1);
    const grandLivre = await get(`/exports/grand-livre.csv?annee=2019&asOf=${encodeURIComponent(avantProgrammation)}&entetes=ids`, agent);
    expect(grandLivre.texte.slice(1).trim().split('\r\n')).toEqual([
      'financeur;categories;lignes;lignesVotees;dossiers;demande;propose;vote;engage;verse;justifie;enveloppe;consomme;disponible;depassement',
    ]);
  });

  it('the journal export gives the events with the journal query’s filter', async () => {
    const reponse = await get('/exports/journal.csv?types=DossierDepose&columns=position,type,streamId&dates=iso', await jeton('auditeur'));
    expect(reponse.status).toBe(200);
    const lignes = reponse.texte.slice(1).trim().split('\r\n').slice(1);
    expect(lignes).toHaveLength(123);
    expect(lignes.every((ligne) => /^\d+;DossierDepose;dossier-cabbalr-2019-\d{3}$/.test(ligne))).toBe(true);
  });

  describe('versements and a financeur’s ledger, after payments recorded over GraphQL', () => {
    const verses: string[] = [];
    const cents = (texte: string) => Math.round(Number(texte.replace(',', '.')) * 100);
    const lignesCsv = (reponse: Reponse) => reponse.texte.slice(1).trim().split('\r\n').slice(1);

    beforeAll(async () => {
      const agent = await app.clientFor(TENANT, 'agent');
      const { dossiers } = await agent.ok<{
        dossiers: { edges: Array<{ node: { id: string; lignes: Array<{ id: string; financeurId: string; statut: string; vote: string }> } }> };
      }>(
        `{ dossiers(filter: { annee: 2019, financeur: "etat", statut: [retenu] }, first: 20) { edges { node { id lignes { id financeurId statut vote } } } } }`,
      );
      const choisis = dossiers.edges
        .map((e) => ({ id: e.node.id, ligne: e.node.lignes.find((l) => l.financeurId === 'etat' && l.statut === 'vote' && Number(l.vote) >= 100)! }))
        .filter((d) => d.ligne)
        .slice(0, 2);
      expect(choisis).toHaveLength(2);
      for (const [index, { id, ligne }] of choisis.entries()) {
        const vote = cents(ligne.vote);
        await executer(agent, 'engagerFinancement', { dossierId: id, ligneId: ligne.id, montant: montant(vote) });
        const avance = Math.floor(vote / 2);
        const paiements =
          index === 0
            ? [['avance', avance, '2019-05-15'] as const, ['solde', vote - avance, '2019-12-15'] as const]
            : [['avance', avance, '2019-06-01'] as const];
        let total = 0;
        for (const [type, somme, date] of paiements) {
          total += somme;
          const payload = await executer(agent, 'enregistrerVersement', { dossierId: id, ligneId: ligne.id, type, montant: montant(somme), date });
          expect(payload.eventTypes).toEqual(['VersementEffectue']);
          verses.push([id, ligne.id, type, montant(somme).replace('.', ','), date, montant(total).replace('.', ',')].join(';'));
        }
      }
    }, 60_000);

    it('the versements export has one row per payment recorded, with its amount, date and running total', async () => {
      const colonnes = 'columns=dossierId,ligneId,type,montant,date,totalVerse&entetes=ids&dates=iso';
      const reponse = await get(`/exports/versements.csv?annee=2019&${colonnes}`, await jeton('agent'));
      expect(reponse.status).toBe(200);
      const [entete, ...lignes] = reponse.texte.slice(1).trim().split('\r\n');
      expect(entete).toBe('dossierId;ligneId;type;montant;date;totalVerse');
      const sansLibelle = lignes.map((l) => l.replace(/;(Avance|Acompte|Solde);/, (_m, t: string) => `;${t.toLowerCase()};`));
      expect(sansLibelle.sort()).toEqual([...verses].sort());
      // financeur= keeps its lines’ payments: all of them for the State, none for the Région
      expect(lignesCsv(await get(`/exports/versements.csv?annee=2019&financeur=etat&${colonnes}`, await jeton('agent')))).toHaveLength(verses.length);
      expect(lignesCsv(await get(`/exports/versements.csv?annee=2019&financeur=region&${colonnes}`, await jeton('agent')))).toEqual([]);
    });

    it('a financeur’s grand livre equals the lignesFinancement query of the same financeur and year', async () => {
      const { lignesFinancement } = await (
        await app.clientFor(TENANT, 'agent')
      ).ok<{ lignesFinancement: Array<Record<string, string | number>> }>(
        `{ lignesFinancement(annee: 2019) { financeurId lignes lignesVotees dossiers demande propose vote engage verse justifie } }`,
      );
      const champs = ['financeurId', 'lignes', 'lignesVotees', 'dossiers', 'demande', 'propose', 'vote', 'engage', 'verse', 'justifie'];
      const montants = new Set(['demande', 'propose', 'vote', 'engage', 'verse', 'justifie']);
      const attendu = (row: Record<string, string | number>) => champs.map((c) => (montants.has(c) ? cents(String(row[c])) : String(row[c])));
      const lu = (ligne: string) => ligne.split(';').map((v, i) => (montants.has(champs[i]) ? cents(v) : v));

      const etat = await get(`/exports/grand-livre.csv?annee=2019&financeur=etat&entetes=ids&columns=${champs.join(',')}`, await jeton('agent'));
      expect(etat.status).toBe(200);
      const [ligneEtat] = lignesCsv(etat);
      expect(lignesCsv(etat)).toHaveLength(1);
      const requeteEtat = lignesFinancement.find((row) => row.financeurId === 'etat')!;
      expect(lu(ligneEtat)).toEqual(attendu(requeteEtat));
      // not empty: the payments above are in it
      expect(cents(String(requeteEtat.verse))).toBe(verses.reduce((total, v) => total + cents(v.split(';')[3]), 0));
      expect(cents(String(requeteEtat.engage))).toBeGreaterThan(0);

      const tous = lignesCsv(await get(`/exports/grand-livre.csv?annee=2019&entetes=ids&columns=${champs.join(',')}`, await jeton('auditeur')));
      expect(tous).toHaveLength(lignesFinancement.length);
      expect(tous.map(lu)).toEqual(lignesFinancement.map(attendu));
    });
  });

  describe('SCDL « subventions »', () => {
    const SCDL = `query($attribuant: String) { scdlSubventions(annee: 2019, attribuant: $attribuant) {
      attribuant { id nom siret } nombreLignes nombreProblemes tronque publication { publie url }
      lignes { idAttribuant dateConvention nomBeneficiaire idBeneficiaire objet montant nature conditionsVersement datesPeriodeVersement notificationUE pourcentageSubvention dossierId }
      problemes { dossierId ligneId beneficiaire raisons { champ code message } }
    } }`;

    it('reports the EPCI’s rows (every one valid) and the État’s lines left out with their reasons', async () => {
      const agent = await app.clientFor(TENANT, 'agent');
      const epci = (await agent.ok<{ scdlSubventions: Record<string, unknown> & { lignes: unknown[] } }>(SCDL)).scdlSubventions;
      expect(epci).toMatchObject({
        attribuant: { id: 'cabbalr' },
        nombreLignes: 6,
        nombreProblemes: 0,
        tronque: false,
        publication: { publie: false, url: null },
      });
      expect(epci.lignes[0]).toMatchObject({
        dateConvention: '2019-04-15',
        montant: '2000.00',
        nature: 'aide en numéraire',
        notificationUE: 'non',
        pourcentageSubvention: 1,
      });
      const etat = (
        await agent.ok<{ scdlSubventions: { nombreLignes: number; nombreProblemes: number; problemes: Array<{ raisons: Array<{ code: string }> }> } }>(SCDL, {
          attribuant: 'etat',
        })
      ).scdlSubventions;
      expect(etat.nombreLignes).toBe(2);
      // its other voted lines (BOP 147 and droit commun) have no convention in the documents
      expect(etat.nombreProblemes).toBe(126);
      expect(etat.problemes.every((p) => p.raisons.length > 0)).toBe(true);
      expect(etat.problemes.flatMap((p) => p.raisons.map((r) => r.code))).toContain('CONVENTION_ABSENTE');
    });

    it('a financeur’s instructeur reads its own file only; porteurs and lecteurs none', async () => {
      const etat = await app.clientFor(TENANT, 'instructeur', 'etat');
      expect((await etat.ok<{ scdlSubventions: { nombreLignes: number } }>(SCDL, { attribuant: 'etat' })).scdlSubventions.nombreLignes).toBe(2);
      await etat.fails(SCDL, {}, 'FORBIDDEN');
      await (await app.clientFor(TENANT, 'porteur', 'ville-de-bethune')).fails(SCDL, {}, 'FORBIDDEN');
      await (await app.clientFor(TENANT, 'lecteur')).fails(SCDL, {}, 'FORBIDDEN');
      await (await app.clientFor(TENANT, 'agent')).fails(SCDL, { attribuant: 'personne' }, 'NOT_FOUND');
    });
  });

  describe('public SCDL files (opt-in, read-only, no token)', () => {
    const PUBLIER = `mutation($input: DefinirPublicationOpenDataInput!) { definirPublicationOpenData(input: $input) { revision eventTypes } }`;
    const FICHIER = `/open-data/${TENANT}/subventions/cabbalr/2019.csv`;

    it('is off by default: 404, and the same 404 for a workspace or an attribuant that does not exist', async () => {
      expect(refus(await get(FICHIER, undefined, null))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      expect(refus(await get(`/open-data/${TENANT}/subventions`, undefined, null))).toMatchObject({ status: 404 });
      expect(refus(await get('/open-data/nulle-part/subventions/cabbalr/2019.csv', undefined, null))).toMatchObject({ status: 404 });
      expect((await get(FICHIER, undefined, null)).texte).toBe((await get('/open-data/nulle-part/subventions/cabbalr/2019.csv', undefined, null)).texte);
    });

    it('only an admin turns it on (recorded as an event); then the file is served without a token', async () => {
      await (await app.clientFor(TENANT, 'agent')).fails(PUBLIER, { input: { active: true, attribuants: ['cabbalr'] } }, 'FORBIDDEN');
      const admin = await app.clientFor(TENANT, 'admin');
      await admin.fails(PUBLIER, { input: { active: true, attribuants: ['personne'] } }, 'VALIDATION_FAILED');
      expect(
        (await admin.ok<{ definirPublicationOpenData: { eventTypes: string[] } }>(PUBLIER, { input: { active: true, attribuants: ['cabbalr'] } }))
          .definirPublicationOpenData.eventTypes,
      ).toEqual(['PublicationOpenDataDefinie']);
      const fichier = await get(FICHIER, undefined, null);
      expect(fichier.status).toBe(200);
      expect(fichier.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lignes = fichier.texte.trim().split('\r\n');
      expect(lignes[0]).toBe(
        'nomAttribuant,idAttribuant,dateConvention,referenceDecision,nomBeneficiaire,idBeneficiaire,rnaBeneficiaire,objet,montant,nature,conditionsVersement,datesPeriodeVersement,idRAE,notificationUE,pourcentageSubvention,dispositifAide',
      );
      expect(lignes).toHaveLength(7);
      const catalogue = (await get(`/open-data/${TENANT}/subventions`, undefined, null)).json() as unknown as { fichiers: Array<{ url: string }> };
      expect(catalogue.fichiers).toContainEqual(expect.objectContaining({ attribuant: 'cabbalr', annee: 2019, url: FICHIER }));
      // an attribuant that is not published stays unpublished
      expect(refus(await get(`/open-data/${TENANT}/subventions/etat/2019.csv`, undefined, null))).toMatchObject({ status: 404 });
      expect(
        (
          await (
            await app.clientFor(TENANT, 'agent')
          ).ok<{ scdlSubventions: { publication: unknown } }>('{ scdlSubventions(annee: 2019) { publication { publie url } } }')
        ).scdlSubventions.publication,
      ).toEqual({
        publie: true,
        url: FICHIER,
      });
    });

    it('never serves another workspace’s data: the workspace comes from the path', async () => {
      const admin = await app.clientFor('mel', 'admin');
      await admin.ok(
        `mutation { enregistrerPartenaire(input: { partenaireId: "cabbalr", nature: epci, nom: "Homonyme", roles: [financeur], categorieFinanceur: epci }) { revision } }`,
      );
      await admin.ok(PUBLIER, { input: { active: true, attribuants: ['cabbalr'] } });
      const autre = await get('/open-data/mel/subventions/cabbalr/2019.csv', undefined, null);
      expect(autre.status).toBe(200);
      expect(autre.texte.trim().split('\r\n')).toHaveLength(1);
      // and turning it off makes the file disappear again
      await (await app.clientFor(TENANT, 'admin')).ok(PUBLIER, { input: { active: false, attribuants: [] } });
      expect((await get(FICHIER, undefined, null)).status).toBe(404);
    });
  });
});
