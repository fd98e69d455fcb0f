import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, euros, executer, montant } from './programmation-fixture';

/**
 * What the web application reads besides the documented queries (issue 14): the commands a role may send on a
 * dossier (`commandesPermises`), the totals of a filtered list, many dossiers put under instruction in one action,
 * and the comité's dry run. Each with its refusals.
 */
const TENANT = 'cahc';
const PERMISES = `query($id: String!, $asOf: DateTime) { dossier(id: $id, asOf: $asOf) { revision commandesPermises { mutation commande ligneId raisonRequise } } }`;
const LOT = `mutation($input: MettreEnInstructionDossiersInput!) { mettreEnInstructionDossiers(input: $input) { resultats { dossierId ok revision code message } } }`;
const ARRETER = `mutation($input: ArreterProgrammationInput!) { arreterProgrammation(input: $input) {
  revision eventsAppended eventTypes effets { dossierId commande ok code message revision } } }`;

describe('web application API: permitted commands, list totals, batch instruction, comité dry run', () => {
  let app: TestApp;
  let agent: GraphqlClient;
  let etat: GraphqlClient;
  let asso: GraphqlClient;
  let auditeur: GraphqlClient;
  let avantInstruction: string;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    etat = await app.clientFor(TENANT, 'instructeur', 'etat');
    asso = await app.clientFor(TENANT, 'porteur', 'asso-1');
    auditeur = await app.clientFor(TENANT, 'auditeur');
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    for (const id of ['w1', 'w2', 'w3']) {
      await executer(asso, 'deposerDossier', depot(id, 'asso-1', { coutTotal: montant(euros(10_000)) }));
      for (const financeurId of ['etat', 'region']) {
        await executer(asso, 'demanderFinancement', {
          dossierId: id,
          financeurId,
          nature: financeurId === 'etat' ? 'credits_specifiques' : 'droit_commun',
          montant: montant(euros(3_000)),
        });
      }
    }
    avantInstruction = new Date().toISOString();
    await executer(agent, 'convoquerComite', {
      comiteId: 'c1',
      annee: 2025,
      date: '2025-03-15',
      libelle: 'Comité',
      membres: [
        { organisationId: 'etat', qualite: 'financeur' },
        { organisationId: 'region', qualite: 'financeur' },
      ],
    });
  });
  afterAll(() => app.close());

  const permises = async (client: GraphqlClient, id: string, asOf?: string) =>
    (await client.ok<{ dossier: { commandesPermises: Array<{ mutation: string; ligneId: string | null; raisonRequise: boolean }> } }>(PERMISES, { id, asOf }))
      .dossier.commandesPermises;

  it('puts many dossiers under instruction in one action, each at its displayed revision; a stale one gets CONFLICT alone', async () => {
    const revisions = await Promise.all(
      ['w1', 'w2', 'w3'].map(async (id) => (await agent.ok<{ dossier: { revision: number } }>(PERMISES, { id })).dossier.revision),
    );
    const { mettreEnInstructionDossiers } = await agent.ok<{
      mettreEnInstructionDossiers: { resultats: Array<{ dossierId: string; ok: boolean; code: string | null }> };
    }>(LOT, {
      input: {
        dossiers: [{ dossierId: 'w1', expectedRevision: revisions[0] }, { dossierId: 'w2', expectedRevision: revisions[1] - 1 }, { dossierId: 'nope' }],
      },
    });
    expect(mettreEnInstructionDossiers.resultats.map(({ dossierId, ok, code }) => ({ dossierId, ok, code }))).toEqual([
      { dossierId: 'w1', ok: true, code: null },
      { dossierId: 'w2', ok: false, code: 'CONFLICT' },
      { dossierId: 'nope', ok: false, code: 'NOT_FOUND' },
    ]);
    await agent.ok(LOT, { input: { dossiers: [{ dossierId: 'w2' }, { dossierId: 'w3' }] } });
  });

  it('refuses an empty, oversized or duplicated batch, and any role but the EPCI staff', async () => {
    expect((await agent.fails(LOT, { input: { dossiers: [] } }, 'VALIDATION_FAILED')).extensions?.field).toBe('dossiers');
    const trop = Array.from({ length: 501 }, (_, index) => ({ dossierId: `d${index}` }));
    expect((await agent.fails(LOT, { input: { dossiers: trop } }, 'VALIDATION_FAILED')).extensions?.field).toBe('dossiers');
    await agent.fails(LOT, { input: { dossiers: [{ dossierId: 'w1' }, { dossierId: 'w1' }] } }, 'VALIDATION_FAILED');
    await etat.fails(LOT, { input: { dossiers: [{ dossierId: 'w1' }] } }, 'FORBIDDEN');
    await asso.fails(LOT, { input: { dossiers: [{ dossierId: 'w1' }] } }, 'FORBIDDEN');
  });

  it('offers each role the commands its decider accepts in the dossier’s state, and nothing as of a past instant', async () => {
    const agentPeut = await permises(agent, 'w1');
    expect(agentPeut.map((p) => p.mutation)).toEqual(expect.arrayContaining(['voterFinancement', 'refuserFinancement', 'ajournerDossier', 'emettreAvis']));
    expect(agentPeut.map((p) => p.mutation)).not.toContain('retenirDossier');
    const etatPeut = await permises(etat, 'w1');
    expect(etatPeut.filter((p) => p.mutation === 'voterFinancement').map((p) => p.ligneId)).toEqual(['etat:credits_specifiques']);
    expect(etatPeut.map((p) => p.mutation)).not.toContain('ajournerDossier');
    expect(await permises(auditeur, 'w1')).toEqual([]);
    expect(await permises(agent, 'w1', avantInstruction)).toEqual([]);
    expect((await permises(agent, 'w1')).find((p) => p.mutation === 'corrigerMontant')?.raisonRequise).toBe(true);
  });

  it('sums the whole filtered set, not only the page', async () => {
    const { dossiers } = await agent.ok<{ dossiers: { totalCount: number; edges: unknown[]; totaux: { coutTotal: string; demande: string } } }>(
      `{ dossiers(filter: { annee: 2025 }, first: 1) { totalCount edges { cursor } totaux { coutTotal demande vote } } }`,
    );
    expect(dossiers.edges).toHaveLength(1);
    expect(dossiers.totaux).toMatchObject({ coutTotal: montant(euros(30_000)), demande: montant(euros(18_000)) });
  });

  it('dry-runs a comité’s decisions: the effects on each dossier, refusals included, and nothing written', async () => {
    const decisions = [
      { dossierId: 'w1', decision: 'retenu', lignes: [{ ligneId: 'etat:credits_specifiques', resultat: 'vote', montant: montant(euros(3_000)) }] },
      // a vote above the amount asked: the dossier refuses it, and then cannot be retained
      { dossierId: 'w2', decision: 'retenu', lignes: [{ ligneId: 'region:droit_commun', resultat: 'vote', montant: montant(euros(9_000)) }] },
    ];
    const { arreterProgrammation } = await agent.ok<{
      arreterProgrammation: {
        revision: number;
        eventsAppended: number;
        eventTypes: string[];
        effets: Array<{ dossierId: string; commande: string; ok: boolean; code: string | null }>;
      };
    }>(ARRETER, { input: { comiteId: 'c1', decisions, simulation: true } });
    expect(arreterProgrammation.eventsAppended).toBe(0);
    expect(arreterProgrammation.eventTypes).toEqual(['ProgrammationArretee']);
    expect(arreterProgrammation.effets.map(({ dossierId, commande, ok, code }) => ({ dossierId, commande, ok, code }))).toEqual([
      { dossierId: 'w1', commande: 'VoterFinancement', ok: true, code: null },
      { dossierId: 'w1', commande: 'RetenirDossier', ok: true, code: null },
      { dossierId: 'w2', commande: 'VoterFinancement', ok: false, code: 'VALIDATION_FAILED' },
      { dossierId: 'w2', commande: 'RetenirDossier', ok: false, code: 'INVALID_TRANSITION' },
    ]);
    const { dossier } = await agent.ok<{ dossier: { statut: string } }>(`{ dossier(id: "w1") { statut } }`);
    expect(dossier.statut).toBe('en_instruction');
    await agent.fails(ARRETER, { input: { comiteId: 'c1', decisions, simulation: true, expectedRevision: 7 } }, 'CONFLICT');
    await etat.fails(ARRETER, { input: { comiteId: 'c1', decisions, simulation: true } }, 'FORBIDDEN');
  });
});
