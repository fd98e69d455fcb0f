import { startTestApp, type TestApp } from '@cdv/app-harness';
import type { EventStore } from '@cdv/eventsourcing';
import { STORED_EVENT_STORE } from '@cdv/platform';
import { StandaloneModule } from '@cdv/topologies';

/**
 * Opening a workspace (issue 17, item 3; docs/adr/0030-platform-operators-open-workspaces.md): a platform operator
 * is an admin of the platform's own workspace (PLATFORM_TENANT), signed in there. It opens a new EPCI's workspace and
 * lists them; an EPCI's admin cannot, whatever workspace it names.
 */
const OUVRIR = `mutation($input: OuvrirEspaceDeTravailInput!) { ouvrirEspaceDeTravail(input: $input) { streamId id eventsAppended eventTypes } }`;
const ESPACES = `{ espacesDeTravail { id nom siren nature communes ouvert } }`;
const AVIGNON = {
  espace: 'grand-avignon',
  nom: 'Communauté d’agglomération du Grand Avignon',
  siren: '248400251',
  nature: 'ca',
  communes: [
    { codeInsee: '84007', nom: 'Avignon' },
    { codeInsee: '84031', nom: 'Le Pontet' },
  ],
};

describe('platform operators open workspaces', () => {
  let app: TestApp;
  let base: string;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot, { PLATFORM_TENANT: 'operateurs' });
    base = app.url.replace(/\/graphql$/, '');
  });
  afterAll(() => app.close());

  it('an operator opens the workspace of a new EPCI, under its own name, and lists it; its admins read their territory', async () => {
    const operateur = await app.clientFor('operateurs', 'admin');
    expect((await operateur.ok<{ moi: { operateurPlateforme: boolean } }>('{ moi { operateurPlateforme } }')).moi.operateurPlateforme).toBe(true);
    const ouvert = await operateur.ok<{ ouvrirEspaceDeTravail: { streamId: string; id: string; eventTypes: string[] } }>(OUVRIR, { input: AVIGNON });
    expect(ouvert.ouvrirEspaceDeTravail).toMatchObject({
      id: 'grand-avignon',
      streamId: 'territoire',
      eventTypes: ['TerritoireOuvert', 'CommuneRattachee', 'CommuneRattachee'],
    });
    const [premier] = await app.app.get<EventStore>(STORED_EVENT_STORE).readStream('grand-avignon:territoire');
    expect(premier.metadata).toMatchObject({ tenantId: 'grand-avignon', actor: { userId: 'admin@operateurs', role: 'admin' }, source: 'api' });

    const { espacesDeTravail } = await operateur.ok<{ espacesDeTravail: unknown[] }>(ESPACES);
    expect(espacesDeTravail).toContainEqual({ id: 'grand-avignon', nom: AVIGNON.nom, siren: AVIGNON.siren, nature: 'ca', communes: 2, ouvert: true });
    const admin = await app.clientFor('grand-avignon', 'admin');
    expect(await admin.ok('{ territoire { nom communes { codeInsee nom } } }')).toEqual({ territoire: { nom: AVIGNON.nom, communes: AVIGNON.communes } });
    // the local sign-in proposes it, beside the platform's own workspace
    const options = (await (await fetch(`${base}/auth/local/options`)).json()) as { workspaces: string[]; platformTenant: string };
    expect(options).toMatchObject({ platformTenant: 'operateurs', workspaces: expect.arrayContaining(['grand-avignon', 'operateurs']) });
  });

  it('the same opening again writes nothing; another EPCI under the same id is a CONFLICT', async () => {
    const operateur = await app.clientFor('operateurs', 'admin');
    expect((await operateur.ok<{ ouvrirEspaceDeTravail: { eventsAppended: number } }>(OUVRIR, { input: AVIGNON })).ouvrirEspaceDeTravail.eventsAppended).toBe(
      0,
    );
    await operateur.fails(OUVRIR, { input: { ...AVIGNON, nom: 'Autre EPCI' } }, 'CONFLICT');
  });

  it('refuses a workspace id that is not one, too long, or the platform’s own', async () => {
    const operateur = await app.clientFor('operateurs', 'admin');
    for (const espace of ['Grand Avignon', 'a'.repeat(41), '-avignon', 'operateurs']) {
      const error = await operateur.fails(OUVRIR, { input: { ...AVIGNON, espace } }, 'VALIDATION_FAILED');
      expect({ espace, field: error.extensions?.field }).toEqual({ espace, field: 'espace' });
    }
    // and the platform's workspace holds no territory of its own
    await operateur.fails(`mutation { ouvrirTerritoire(input: { nom: "Plateforme", siren: null, nature: null }) { id } }`, {}, 'FORBIDDEN');
  });

  it('an EPCI’s admin opens no workspace and lists none: in its own workspace FORBIDDEN, naming the platform’s TENANT_MISMATCH', async () => {
    const adminEpci = await app.clientFor('cabbalr', 'admin');
    expect((await adminEpci.ok<{ moi: { operateurPlateforme: boolean } }>('{ moi { operateurPlateforme } }')).moi.operateurPlateforme).toBe(false);
    await adminEpci.fails(OUVRIR, { input: { ...AVIGNON, espace: 'nouvel-epci' } }, 'FORBIDDEN');
    await adminEpci.fails(ESPACES, {}, 'FORBIDDEN');
    const versPlateforme = adminEpci.as(await app.token('cabbalr', 'admin'), 'operateurs');
    await versPlateforme.fails(OUVRIR, { input: { ...AVIGNON, espace: 'nouvel-epci' } }, 'TENANT_MISMATCH');
    // another role of the platform's workspace is no operator either
    const agentPlateforme = await app.clientFor('operateurs', 'agent');
    const refus = await agentPlateforme.fails(OUVRIR, { input: { ...AVIGNON, espace: 'nouvel-epci' } }, 'FORBIDDEN');
    expect(refus.extensions?.permitted).toEqual(['admin']);
    // nothing was opened
    const { espacesDeTravail } = await (await app.clientFor('operateurs', 'admin')).ok<{ espacesDeTravail: Array<{ id: string }> }>(ESPACES);
    expect(espacesDeTravail.map((espace) => espace.id)).not.toContain('nouvel-epci');
  });

  it('the operator exports the list of workspaces as the query gives it; an EPCI’s admin and the platform’s agent cannot', async () => {
    const exporter = async (tenant: string, role: 'admin' | 'agent') =>
      fetch(`${base}/exports/espaces-de-travail.csv`, { headers: { authorization: `Bearer ${await app.token(tenant, role)}`, 'x-tenant': tenant } });
    const { espacesDeTravail } = await (
      await app.clientFor('operateurs', 'admin')
    ).ok<{ espacesDeTravail: Array<{ id: string; nom: string | null }> }>(ESPACES);
    const reponse = await exporter('operateurs', 'admin');
    expect(reponse.status).toBe(200);
    const [entete, ...lignes] = (await reponse.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(entete).toBe('Espace de travail;EPCI;SIREN;Nature;Communes;Territoire ouvert');
    expect(lignes.map((ligne) => ligne.split(';')[0])).toEqual(espacesDeTravail.map((espace) => espace.id));
    expect((await exporter('cabbalr', 'admin')).status).toBe(403);
    expect((await exporter('operateurs', 'agent')).status).toBe(403);
  });
});
