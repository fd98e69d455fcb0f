import type { TestApp } from '@cdv/app-harness';
import { APPEL_2025, creerReferentiel, depot, executer } from './programmation-fixture';
import { startTopology, TOPOLOGIES } from './support/topologies';

/**
 * A client may send several commands in one request. Each mutation field answers on its own (issue 12, item 11):
 * one refused command does not hide the ones recorded before it, each error names its field and keeps its code.
 */
const TENANT = 'mel';
const BATCH = `mutation($a: DeposerDossierInput!, $b: DeposerDossierInput!, $c: DemanderFinancementInput!) {
  a: deposerDossier(input: $a) { id revision eventTypes }
  b: deposerDossier(input: $b) { id revision eventTypes }
  c: demanderFinancement(input: $c) { id revision eventTypes }
}`;
const MUTATION_TYPES = '{ __schema { mutationType { fields { name type { kind } } } } }';

describe.each(TOPOLOGIES)('batched mutations (%s)', (topology) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTopology(topology);
    await creerReferentiel(app, TENANT);
    await executer(await app.clientFor(TENANT, 'agent'), 'ouvrirAppelAProjets', APPEL_2025);
  }, 60_000);
  afterAll(() => app.close());

  it('every mutation field of the schema is nullable', async () => {
    const data = await (
      await app.clientFor(TENANT, 'lecteur')
    ).ok<{ __schema: { mutationType: { fields: Array<{ name: string; type: { kind: string } }> } } }>(MUTATION_TYPES);
    expect(data.__schema.mutationType.fields.filter((field) => field.type.kind === 'NON_NULL').map((field) => field.name)).toEqual([]);
  });

  it('a refused command in the middle leaves the others answered, each error on its own field with its code', async () => {
    const agent = await app.clientFor(TENANT, 'agent');
    const response = await agent.request(BATCH, {
      a: depot('batch-1', 'asso-1'),
      b: depot('batch-2', 'porteur-inconnu'),
      c: { dossierId: 'batch-1', financeurId: 'etat', nature: 'credits_specifiques', montant: '1000.00' },
    });
    expect(response.data).toMatchObject({
      a: { id: 'batch-1', eventTypes: ['DossierDepose'] },
      b: null,
      c: { id: 'batch-1', eventTypes: ['FinancementDemande'] },
    });
    expect(response.errors?.map((error) => ({ path: error.path, code: error.extensions?.code }))).toEqual([{ path: ['b'], code: 'VALIDATION_FAILED' }]);
    const lu = await agent.ok<{ dossier: { id: string; lignes: unknown[] } }>('{ dossier(id: "batch-1") { id lignes { id } } }');
    expect(lu.dossier.lignes).toHaveLength(1);
  });
});
