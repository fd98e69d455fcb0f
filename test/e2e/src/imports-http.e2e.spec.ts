import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { STORED_EVENT_STORE } from '@cdv/platform';
import type { EventStore } from '@cdv/eventsourcing';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, executer } from './programmation-fixture';
import { televerser } from './support/televersement';

/**
 * The import endpoints beside /graphql (issue 17, item 4; docs/api.md « Imports »): a programmation spreadsheet and
 * the national QPV list, uploaded as a browser does. Refusals first (no token, wrong role, another workspace,
 * oversize, not a spreadsheet, malformed requests), then the dry run of a file with a bad row (nothing written), its
 * corrected version applied with progress lines, the same file again (nothing new), and the unknown porteurs a
 * report names, registered by the agent.
 */
const TENANT = 'imports-test';
const MAX_BYTES = 100_000;
const HEADER = "Référence;Année;Intitulé de l'action;Porteur;Commune(s);QPV;Coût total;Financeur;Nature des crédits;Montant demandé";
const LIGNES = [
  'IMP-1;2025;Ateliers parents-enfants;Les Petits Débrouillards;59512;Roubaix Alma;10 000 €;Préfecture du Nord;crédits spécifiques;4 000 €',
  'IMP-1;2025;Ateliers parents-enfants;Les Petits Débrouillards;59512;Roubaix Alma;10 000 €;CAF du Nord;droit commun;2 000 €',
  'IMP-2;2025;Sport au pied des tours;Sport dans la Ville;59350;Lille Sud;8 000;Région Hauts-de-France;droit commun;3 000',
];
const csv = (lignes: readonly string[]) => [HEADER, ...lignes, ''].join('\r\n');
const LISTE_QPV = [
  'code_qp;lib_qp;insee_reg;lib_reg;insee_dep;lib_dep;insee_com;lib_com;siren_epci;lib_epci',
  'QN05951C;Roubaix Épeule;32;HDF;59;Nord;59512;Roubaix;732829320;MEL',
  'QN05959D;Tourcoing Bourgogne;32;HDF;59;Nord;59599;Tourcoing;732829320;MEL',
  'QN06201A;Ailleurs;32;HDF;62;Pas-de-Calais;62119;Béthune;246200364;Autre EPCI',
  '',
].join('\n');

interface Rapport {
  fichier: string;
  analyse: { rows: number; dossiers: number; errors: Array<{ row: number; column?: string; code: string; value?: string }>; warnings: unknown[] };
  simulation: { commands: number; alreadyRecorded: number } | null;
  ecriture: { commands: number; appended: number; replayed: number; refus: unknown; lastPosition: number } | null;
  porteursInconnus: Array<{ nom: string; lignes: number[] }>;
}

jest.setTimeout(60_000);

describe('import endpoints (standalone app)', () => {
  let app: TestApp;
  let base: string;
  let agent: string;
  let store: EventStore;
  const head = () => store.headPosition();

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot, { IMPORT_MAX_BYTES: String(MAX_BYTES) });
    base = app.url.replace(/\/graphql$/, '');
    store = app.app.get(STORED_EVENT_STORE);
    await creerReferentiel(app, TENANT);
    await executer(await app.clientFor(TENANT, 'agent'), 'ouvrirAppelAProjets', APPEL_2025);
    agent = await app.token(TENANT, 'agent');
  });
  afterAll(() => app.close());

  const programmation = (query = 'simulation=true') => `${base}/imports/programmation?${query}`;

  describe('refusals: nothing is read, nothing written', () => {
    const fichier = { nom: 'programmation.csv', octets: csv(LIGNES) };

    it('without a token: 401 UNAUTHENTICATED', async () => {
      const response = await televerser(programmation(), { tenant: TENANT, fichier });
      expect([response.status, response.body.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    });

    it('with a role that does not import (lecteur, porteur, instructeur, auditeur): 403 FORBIDDEN naming who may', async () => {
      for (const role of ['lecteur', 'porteur', 'instructeur', 'auditeur'] as const) {
        const response = await televerser(programmation(), { token: await app.token(TENANT, role, 'asso-1'), tenant: TENANT, fichier });
        expect({ role, status: response.status, extensions: response.body.errors?.[0].extensions }).toEqual({
          role,
          status: 403,
          extensions: { code: 'FORBIDDEN', permitted: ['admin', 'agent'] },
        });
      }
      const qpv = await televerser(`${base}/imports/qpv?siren=732829320`, { token: agent, tenant: TENANT, fichier: { nom: 'l.csv', octets: LISTE_QPV } });
      expect([qpv.status, qpv.body.errors?.[0].extensions]).toEqual([403, { code: 'FORBIDDEN', permitted: ['admin'] }]);
    });

    it('with a token of another workspace naming this one: 403 TENANT_MISMATCH', async () => {
      const response = await televerser(programmation(), { token: await app.token('autre-epci', 'admin'), tenant: TENANT, fichier });
      expect([response.status, response.body.errors?.[0].extensions.code]).toEqual([403, 'TENANT_MISMATCH']);
    });

    it('a file over IMPORT_MAX_BYTES: 413 PAYLOAD_TOO_LARGE, declared or streamed', async () => {
      const before = await head();
      const grand = csv([...LIGNES, ...Array.from({ length: 2_000 }, (_, index) => LIGNES[2].replace('IMP-2', `IMP-${index + 10}`))]);
      expect(Buffer.byteLength(grand)).toBeGreaterThan(MAX_BYTES);
      const response = await televerser(programmation('simulation=false'), { token: agent, tenant: TENANT, fichier: { nom: 'grand.csv', octets: grand } });
      expect([response.status, response.body.errors?.[0].extensions]).toEqual([413, { code: 'PAYLOAD_TOO_LARGE', limit: MAX_BYTES }]);
      // a body sent in chunks, without a length, is cut as soon as it passes the limit
      const boundary = 'limite';
      const chunks = (async function* () {
        yield Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="grand.csv"\r\n\r\n`);
        for (let index = 0; index < 20; index++) yield Buffer.from(grand.slice(0, 10_000));
        yield Buffer.from(`\r\n--${boundary}--\r\n`);
      })();
      const streamed = await fetch(programmation('simulation=false'), {
        method: 'POST',
        headers: { authorization: `Bearer ${agent}`, 'x-tenant': TENANT, 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: ReadableStream.from(chunks),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(await head()).toBe(before);
    });

    it('what is no spreadsheet: 415 UNSUPPORTED_MEDIA_TYPE; the QPV list must be a CSV', async () => {
      const pdf = await televerser(programmation(), { token: agent, tenant: TENANT, fichier: { nom: 'programmation.pdf', octets: '%PDF-1.7\n%âãÏÓ\n' } });
      expect([pdf.status, pdf.body.errors?.[0].extensions]).toEqual([415, { code: 'UNSUPPORTED_MEDIA_TYPE', field: 'fichier' }]);
      const image = await televerser(programmation(), {
        token: agent,
        tenant: TENANT,
        fichier: { nom: 'programmation.csv', octets: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) },
      });
      expect(image.status).toBe(415);
      const admin = await app.token(TENANT, 'admin');
      const xlsx = await televerser(`${base}/imports/qpv?siren=732829320`, {
        token: admin,
        tenant: TENANT,
        fichier: { nom: 'liste.xlsx', octets: new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]) },
      });
      expect([xlsx.status, xlsx.body.errors?.[0].extensions.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    });

    it('malformed requests: 400 VALIDATION_FAILED with the field', async () => {
      const json = await televerser(programmation(), { token: agent, tenant: TENANT, body: '{}', contentType: 'application/json' });
      expect([json.status, json.body.errors?.[0].extensions]).toEqual([400, { code: 'VALIDATION_FAILED', field: 'body' }]);
      const autrePart = new FormData();
      autrePart.append('document', new Blob(['a;b;c']), 'p.csv');
      const mauvaisNom = await televerser(programmation(), { token: agent, tenant: TENANT, body: autrePart });
      expect([mauvaisNom.status, mauvaisNom.body.errors?.[0].message]).toEqual([400, expect.stringMatching(/named "fichier"/)]);
      const deux = new FormData();
      deux.append('fichier', new Blob([csv(LIGNES)]), 'a.csv');
      deux.append('fichier', new Blob([csv(LIGNES)]), 'b.csv');
      expect((await televerser(programmation(), { token: agent, tenant: TENANT, body: deux })).status).toBe(400);
      const vide = await televerser(programmation(), { token: agent, tenant: TENANT, fichier: { nom: 'vide.csv', octets: '' } });
      expect([vide.status, vide.body.errors?.[0].message]).toEqual([400, 'the file is empty']);
      for (const [query, field] of [
        ['simulation=peut-etre', 'simulation'],
        ['simulation=true&annee=20', 'annee'],
        ['simulation=true&feuille=Programmation', 'feuille'],
      ] as const) {
        const response = await televerser(programmation(query), { token: agent, tenant: TENANT, fichier: { nom: 'p.csv', octets: csv(LIGNES) } });
        expect({ query, status: response.status, field: response.body.errors?.[0].extensions.field }).toEqual({ query, status: 400, field });
      }
      const sansSiren = await televerser(`${base}/imports/qpv`, {
        token: await app.token(TENANT, 'admin'),
        tenant: TENANT,
        fichier: { nom: 'l.csv', octets: LISTE_QPV },
      });
      expect([sansSiren.status, sansSiren.body.errors?.[0].extensions.field]).toEqual([400, 'siren']);
    });
  });

  it('a dry run shows the bad row with its column and writes nothing; corrected, the file is applied with progress; again, nothing is new', async () => {
    const before = await head();
    const mauvaise = LIGNES.map((ligne, index) => (index === 2 ? ligne.replace(';3 000', ';trois mille') : ligne));
    const simulation = await televerser<Rapport>(programmation(), {
      token: agent,
      tenant: TENANT,
      fichier: { nom: 'programmation-2025.csv', octets: csv(mauvaise) },
    });
    expect(simulation.status).toBe(200);
    expect(simulation.body).toMatchObject({
      fichier: 'programmation-2025.csv',
      analyse: { rows: 3, dossiers: 2, errors: [{ row: 4, column: 'Montant demandé', code: 'AMOUNT_INVALID', value: 'trois mille' }] },
      simulation: null,
      ecriture: null,
    });
    expect(await head()).toBe(before);
    // applying a file with an error writes nothing either: a file is imported whole or not at all
    const refuse = await televerser<Rapport>(programmation('simulation=false'), {
      token: agent,
      tenant: TENANT,
      fichier: { nom: 'programmation-2025.csv', octets: csv(mauvaise) },
    });
    expect(refuse.body).toMatchObject({ ecriture: null, analyse: { errors: [expect.objectContaining({ code: 'AMOUNT_INVALID' })] } });
    expect(await head()).toBe(before);

    const corrige = { nom: 'programmation-2025.csv', octets: csv(LIGNES) };
    const pret = await televerser<Rapport>(programmation(), { token: agent, tenant: TENANT, fichier: corrige });
    expect(pret.body).toMatchObject({ analyse: { errors: [] }, simulation: { alreadyRecorded: 0 } });
    const commandes = pret.body.simulation?.commands ?? 0;
    expect(commandes).toBeGreaterThan(3);

    const applique = await televerser<Rapport>(programmation('simulation=false'), { token: agent, tenant: TENANT, fichier: corrige, ndjson: true });
    expect(applique.contentType).toMatch(/^application\/x-ndjson/);
    const progressions = applique.lignes.flatMap((ligne) => (ligne.progression ? [ligne.progression] : []));
    expect(progressions.at(-1)).toMatchObject({ commandsDone: commandes, commandsTotal: commandes, rowsDone: 3, rowsTotal: 3 });
    expect(applique.lignes.at(-1)?.resultat).toMatchObject({ ecriture: { commands: commandes, replayed: 0, refus: null } });
    expect(await head()).toBeGreaterThan(before);
    // the read models include the import when the answer ends: the agent reads the dossiers at once
    const lus = await (
      await app.clientFor(TENANT, 'agent')
    ).ok<{ dossiers: { totalCount: number; edges: Array<{ node: { referenceExterne: string } }> } }>(
      `{ dossiers(filter: { annee: 2025 }) { totalCount edges { node { referenceExterne } } } }`,
    );
    expect(lus.dossiers.edges.map((edge) => edge.node.referenceExterne).sort()).toEqual(['IMP-1', 'IMP-2']);
    // and finds one by the reference the spreadsheet gave it, in the list's search
    const recherche = async (search: string) =>
      (
        await (
          await app.clientFor(TENANT, 'agent')
        ).ok<{ dossiers: { edges: Array<{ node: { referenceExterne: string } }> } }>(
          `query($search: String) { dossiers(filter: { search: $search }) { edges { node { referenceExterne } } } }`,
          { search },
        )
      ).dossiers.edges.map((edge) => edge.node.referenceExterne);
    expect(await recherche('IMP-2')).toEqual(['IMP-2']);
    expect(await recherche('imp-1')).toEqual(['IMP-1']);
    expect(await recherche('DAUPHIN-4411')).toEqual([]);

    const apres = await head();
    const encore = await televerser<Rapport>(programmation(), { token: agent, tenant: TENANT, fichier: corrige });
    expect(encore.body.simulation).toEqual({ commands: commandes, alreadyRecorded: commandes });
    const reapplique = await televerser<Rapport>(programmation('simulation=false'), { token: agent, tenant: TENANT, fichier: corrige });
    expect(reapplique.body.ecriture).toMatchObject({ appended: 0, replayed: commandes, lastPosition: 0 });
    expect(await head()).toBe(apres);
  });

  it('names the unknown porteurs with their rows; the agent registers them as porteurs (and nothing more); the file is then ready', async () => {
    const inconnus = [
      'NEW-1;2025;Jardin partagé;Les Jardins du Nord;59512;;5 000;Préfecture du Nord;crédits spécifiques;2 000',
      'NEW-2;2025;Boxe éducative;Boxing Club Roubaix;59512;;6 000;Préfecture du Nord;crédits spécifiques;2 000',
      'NEW-3;2025;Boxe éducative 2;Boxing Club Roubaix;59512;;6 000;Préfecture du Nord;crédits spécifiques;2 000',
    ];
    const fichier = { nom: 'nouveaux.csv', octets: csv(inconnus) };
    const rapport = await televerser<Rapport>(programmation(), { token: agent, tenant: TENANT, fichier });
    expect(rapport.body.porteursInconnus).toEqual([
      { nom: 'Les Jardins du Nord', lignes: [2] },
      { nom: 'Boxing Club Roubaix', lignes: [3, 4] },
    ]);
    const client: GraphqlClient = await app.clientFor(TENANT, 'agent');
    const enregistrer = `mutation($input: EnregistrerPartenaireInput!) { enregistrerPartenaire(input: $input) { id } }`;
    // an agent registers porteurs only: a financeur stays with the admins (the decider refuses)
    await client.fails(
      enregistrer,
      { input: { partenaireId: 'mairie', nature: 'commune', nom: 'Mairie', roles: ['porteur', 'financeur'], categorieFinanceur: 'communes' } },
      'FORBIDDEN',
    );
    for (const { nom } of rapport.body.porteursInconnus)
      await client.ok(enregistrer, { input: { nature: 'association', nom, roles: ['porteur'], commandId: `porteur-${nom}` } });
    const pret = await televerser<Rapport>(programmation(), { token: agent, tenant: TENANT, fichier });
    expect(pret.body).toMatchObject({ analyse: { errors: [] }, porteursInconnus: [] });
  });

  it('the national QPV list: a dry run, then the import of the workspace’s rows, and again nothing new', async () => {
    const admin = await app.token(TENANT, 'admin');
    const qpv = (query: string) => `${base}/imports/qpv?siren=732829320&generation=2024&${query}`;
    const fichier = { nom: 'listeqp2024.csv', octets: LISTE_QPV };
    const before = await head();
    const simulation = await televerser(qpv('simulation=true'), { token: admin, tenant: TENANT, fichier });
    expect(simulation.body).toMatchObject({ fichier: 'listeqp2024.csv', dryRun: true, declarations: 2, ignorees: 1, erreurs: [], refus: [] });
    expect(await head()).toBe(before);
    const importe = await televerser(qpv('simulation=false'), { token: admin, tenant: TENANT, fichier, ndjson: true });
    expect(importe.lignes.at(-2)?.progression).toEqual({ done: 2, total: 2 });
    expect(importe.body).toMatchObject({ dryRun: false, declarations: 2, evenements: 2 });
    const encore = await televerser(qpv('simulation=false'), { token: admin, tenant: TENANT, fichier });
    expect(encore.body).toMatchObject({ declarations: 0, evenements: 0, dejaConnus: ['QN05951C', 'QN05959D'] });
  });
});
