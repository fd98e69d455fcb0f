import type { TestApp } from '@cdv/app-harness';
import { startTopology, TOPOLOGIES } from './support/topologies';

const OUVRIR = `mutation($input: OuvrirTerritoireInput!) { ouvrirTerritoire(input: $input) { id revision eventTypes replayed } }`;
const TERRITOIRE = `query($asOfPosition: Int) { territoire(asOfPosition: $asOfPosition) { tenantId nom nature communes { nom codeInsee } nombreCommunes { calculee } } }`;

describe.each(TOPOLOGIES)('territoire: open a workspace over GraphQL (%s)', (topology) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTopology(topology);
  });
  afterAll(() => app.close());

  it('an admin opens the EPCI, reads it back at once, and as of before the opening', async () => {
    const admin = await app.clientFor('grand-nancy', 'admin');
    const input = { nom: 'Métropole du Grand Nancy', siren: null, nature: 'metropole', communes: [{ nom: 'Nancy', codeInsee: '54395' }], commandId: 'open-1' };
    const { ouvrirTerritoire } = await admin.ok<{ ouvrirTerritoire: { revision: number; eventTypes: string[] } }>(OUVRIR, { input });
    expect(ouvrirTerritoire.eventTypes).toEqual(['TerritoireOuvert', 'CommuneRattachee']);

    const { territoire } = await admin.ok<{ territoire: Record<string, unknown> }>(TERRITOIRE);
    expect(territoire).toMatchObject({ tenantId: 'grand-nancy', nom: 'Métropole du Grand Nancy', nature: 'metropole', communes: [{ nom: 'Nancy' }] });
    expect((await admin.ok<{ territoire: null }>(TERRITOIRE, { asOfPosition: 0 })).territoire).toBeNull();

    const again = await admin.ok<{ ouvrirTerritoire: { replayed: boolean; revision: number } }>(OUVRIR, { input });
    expect(again.ouvrirTerritoire).toMatchObject({ replayed: true, revision: ouvrirTerritoire.revision });
  });

  it('refuses: wrong role, bad input, stale revision, other tenant', async () => {
    const input = { nom: 'CA du Hainaut', siren: null, nature: 'ca' };
    await (await app.clientFor('cahc', 'agent')).fails(OUVRIR, { input }, 'FORBIDDEN');
    await (await app.clientFor('cahc', 'auditeur')).fails(OUVRIR, { input }, 'FORBIDDEN');
    const admin = await app.clientFor('cahc', 'admin');
    await admin.fails(OUVRIR, { input: { ...input, siren: '123' } }, 'VALIDATION_FAILED');
    await admin.fails(OUVRIR, { input: { ...input, nature: 'empire' } }, 'VALIDATION_FAILED');
    await admin.ok(OUVRIR, { input });
    await admin.fails(OUVRIR, { input: { ...input, nom: 'Autre nom' } }, 'CONFLICT');
    const stale = await admin.fails(OUVRIR, { input: { ...input, expectedRevision: 7 } }, 'CONFLICT');
    expect(stale.extensions).toMatchObject({ currentRevision: 0, expectedRevision: 7 });
    const other = await app.clientFor('mel', 'admin');
    expect((await other.ok<{ territoire: null }>(TERRITOIRE)).territoire).toBeNull();
  });
});
