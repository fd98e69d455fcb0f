import type { GraphqlClient, TestApp } from '@cdv/app-harness';
import { APPEL_2025, creerReferentiel, depot, executer, mutation } from './programmation-fixture';
import { startTopology, TOPOLOGIES } from './support/topologies';

/**
 * A commandId is an idempotency key (issue 12, item 10): the same request again returns the first result and
 * writes nothing; the key with other values or with another command is refused with CONFLICT
 * (`extensions.reason: IDEMPOTENCY_KEY_REUSED`), as payment APIs do, instead of a silent `replayed: true`.
 */
const TENANT = 'mel';

describe.each(TOPOLOGIES)('idempotency keys (%s)', (topology) => {
  let app: TestApp;
  let agent: GraphqlClient;
  beforeAll(async () => {
    app = await startTopology(topology);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
  }, 60_000);
  afterAll(() => app.close());

  it('the same request again is replayed: the first result, nothing written', async () => {
    const input = { ...depot('idem-1', 'asso-1'), commandId: 'depot-idem-1' };
    const first = await executer(agent, 'deposerDossier', input);
    const again = await executer(agent, 'deposerDossier', input);
    expect(again).toMatchObject({ replayed: true, eventsAppended: 0, revision: first.revision, position: first.position });
  });

  it.each([
    ['the same mutation with other values', 'deposerDossier', { ...depot('idem-2', 'asso-1', { titre: 'Un autre titre' }), commandId: 'depot-idem-2' }],
    ['another mutation on the same dossier', 'modifierDossier', { dossierId: 'idem-2', titre: 'Titre modifié', commandId: 'depot-idem-2' }],
  ])('the key reused for %s is refused with CONFLICT IDEMPOTENCY_KEY_REUSED, and nothing is written', async (_label, name, input) => {
    const first = await executer(agent, 'deposerDossier', { ...depot('idem-2', 'asso-1'), commandId: 'depot-idem-2' });
    const error = await agent.fails(mutation(name), { input }, 'CONFLICT');
    expect(error.extensions).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED', commandId: 'depot-idem-2' });
    expect(error.message).toMatch(/send a new commandId/);
    const lu = await agent.ok<{ dossier: { titre: string; revision: number } }>('{ dossier(id: "idem-2") { titre revision } }');
    expect(lu.dossier).toEqual({ titre: 'Action idem-2', revision: first.revision });
  });
});
