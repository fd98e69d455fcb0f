import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, euros, executer, montant } from './programmation-fixture';

/**
 * Issue 12 §13: a dossier imported from a spreadsheet is found by the reference the spreadsheet gives it
 * (`dossier(reference:)`, the `reference` and `texte` filters of `dossiers`), and `demanderFinancement` answers the
 * id of the line it created, which the next commands need.
 */
const TENANT = 'cahc';
const PAR_REFERENCE = `query($reference: String!, $annee: Int) { dossier(reference: $reference, annee: $annee) { id annee referenceExterne } }`;
const LISTE = `query($filter: DossiersFilter) { dossiers(filter: $filter) { totalCount edges { node { id } } } }`;

describe('dossiers found by their reference; the line id of a financing asked', () => {
  let app: TestApp;
  let agent: GraphqlClient;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    await executer(agent, 'ouvrirAppelAProjets', { ...APPEL_2025, annee: 2026, comites: [] });
    await executer(agent, 'deposerDossier', depot('r1', 'asso-1', { referenceExterne: 'PRE-2019/07' }));
    await executer(agent, 'deposerDossier', depot('r2', 'asso-2', { referenceExterne: 'DAUPHIN-4411' }));
    await executer(
      agent,
      'deposerDossier',
      depot('r3', 'asso-2', { annee: 2026, referenceExterne: 'DAUPHIN-4411', dateDebut: '2026-01-15', dateFin: '2026-12-15' }),
    );
  });
  afterAll(() => app.close());

  it('dossier(reference:) finds the dossier; with a reference used in two years, asks for the year', async () => {
    expect((await agent.ok<{ dossier: unknown }>(PAR_REFERENCE, { reference: 'PRE-2019/07' })).dossier).toEqual({
      id: 'r1',
      annee: 2025,
      referenceExterne: 'PRE-2019/07',
    });
    const ambiguous = await agent.fails(PAR_REFERENCE, { reference: 'DAUPHIN-4411' }, 'VALIDATION_FAILED');
    expect(ambiguous.extensions).toMatchObject({ field: 'annee', annees: [2025, 2026] });
    expect((await agent.ok<{ dossier: { id: string } }>(PAR_REFERENCE, { reference: 'DAUPHIN-4411', annee: 2026 })).dossier.id).toBe('r3');
    await agent.fails(PAR_REFERENCE, { reference: 'INCONNUE' }, 'NOT_FOUND');
    await agent.fails(`query { dossier { id } }`, {}, 'VALIDATION_FAILED');
    await agent.fails(`query { dossier(id: "r1", reference: "PRE-2019/07") { id } }`, {}, 'VALIDATION_FAILED');
  });

  it('a porteur finds only its own dossiers by reference', async () => {
    const asso1 = await app.clientFor(TENANT, 'porteur', 'asso-1');
    expect((await asso1.ok<{ dossier: { id: string } }>(PAR_REFERENCE, { reference: 'PRE-2019/07' })).dossier.id).toBe('r1');
    await asso1.fails(PAR_REFERENCE, { reference: 'DAUPHIN-4411', annee: 2025 }, 'NOT_FOUND');
  });

  it('the reference filter and the text filter of dossiers find it too', async () => {
    const ids = async (filter: Record<string, unknown>) =>
      (await agent.ok<{ dossiers: { edges: Array<{ node: { id: string } }> } }>(LISTE, { filter })).dossiers.edges.map((edge) => edge.node.id);
    expect(await ids({ reference: 'DAUPHIN-4411' })).toEqual(['r2', 'r3']);
    expect(await ids({ reference: 'DAUPHIN-4411', annee: 2025 })).toEqual(['r2']);
    expect(await ids({ search: 'pre-2019' })).toEqual(['r1']);
    expect(await ids({ texte: '4411' })).toEqual(['r2', 'r3']);
  });

  it('demanderFinancement answers the id of the line it created', async () => {
    const { demanderFinancement } = await agent.ok<{ demanderFinancement: { id: string; ligneId: string; revision: number } }>(
      `mutation($input: DemanderFinancementInput!) { demanderFinancement(input: $input) { id ligneId revision } }`,
      { input: { dossierId: 'r1', financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(5_000)) } },
    );
    expect(demanderFinancement).toEqual({ id: 'r1', ligneId: 'etat:credits_specifiques', revision: 1 });
    await executer(agent, 'mettreEnInstruction', { dossierId: 'r1' });
    await executer(agent, 'proposerFinancement', { dossierId: 'r1', ligneId: demanderFinancement.ligneId, montant: montant(euros(4_000)) });
  });
});
