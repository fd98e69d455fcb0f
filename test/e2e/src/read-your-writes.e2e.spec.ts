import type { DistributedTestApps } from '@cdv/app-harness';
import { APPEL_2025, creerReferentiel, montant, euros } from './programmation-fixture';
import { startTopology } from './support/topologies';

/**
 * Read-your-writes across services (issue 12, item 6): in the distributed topology a partenaire is written by
 * territoire-service and read by programmation-service from its own read models, projected at its own pace.
 * The gateway remembers each workspace's last write position and sends it with the next requests
 * (X-Read-After); a service waits until its read models include it before reading or deciding. Driven through
 * the gateway as a client would, with no sleep: before, an appel naming a partenaire created the instant before
 * was refused ("no partenaire … in the référentiel").
 */
const TENANT = 'mel';
const ENREGISTRER = `mutation($input: EnregistrerPartenaireInput!) { enregistrerPartenaire(input: $input) { position } }`;
const OUVRIR = `mutation($input: OuvrirAppelAProjetsInput!) { ouvrirAppelAProjets(input: $input) { id } }`;

const financeur = (id: string) => ({
  partenaireId: id,
  nature: 'departement',
  nom: `Département ${id}`,
  roles: ['financeur'],
  categorieFinanceur: 'departement',
});
const appelNommant = (annee: number, financeurId: string) => ({
  ...APPEL_2025,
  annee,
  enveloppes: [{ financeurId, montant: montant(euros(10_000)) }],
});

describe('read-your-writes across services (distributed)', () => {
  let app: DistributedTestApps;
  beforeAll(async () => {
    app = (await startTopology('distributed')) as DistributedTestApps;
    await creerReferentiel(app, TENANT);
  }, 60_000);
  afterAll(() => app.close());

  it('a partenaire created through the gateway is known at once to the next command of the workspace, 20 times out of 20', async () => {
    const admin = await app.clientFor(TENANT, 'admin');
    const agent = await app.clientFor(TENANT, 'agent');
    const refused: string[] = [];
    for (let index = 0; index < 20; index++) {
      const id = `departement-${index}`;
      await admin.ok(ENREGISTRER, { input: financeur(id) });
      const response = await agent.request(OUVRIR, { input: appelNommant(2030 + index, id) });
      if (response.errors) refused.push(`${id}: ${response.errors[0].message}`);
    }
    expect(refused).toEqual([]);
  }, 60_000);

  it('the gateway answers a mutation with the position to read after; a client talking to a service directly can send it', async () => {
    const token = await app.token(TENANT, 'admin');
    const write = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-tenant': TENANT },
      body: JSON.stringify({ query: ENREGISTRER, variables: { input: financeur('departement-direct') } }),
    });
    const position = Number(write.headers.get('x-write-position'));
    const payload = (await write.json()) as { data: { enregistrerPartenaire: { position: number } } };
    expect(position).toBeGreaterThanOrEqual(payload.data.enregistrerPartenaire.position);

    const programmation = app.services.programmation.client.as(await app.token(TENANT, 'agent'), TENANT);
    const response = await programmation.request(OUVRIR, { input: appelNommant(2099, 'departement-direct') }, { 'x-read-after': String(position) });
    expect(response.errors).toBeUndefined();
  });

  it('a position that is not a whole number is the client’s mistake; one beyond the log is waited for only up to its head', async () => {
    const agent = await app.clientFor(TENANT, 'agent');
    const malformed = await agent.request('{ moi { tenantId } }', {}, { 'x-read-after': 'soon' });
    expect({ status: malformed.status, code: malformed.errors?.[0].extensions?.code }).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    const beyond = await agent.request('{ moi { tenantId } }', {}, { 'x-read-after': '999999999999' });
    expect(beyond.data).toEqual({ moi: { tenantId: TENANT } });
  });
});
