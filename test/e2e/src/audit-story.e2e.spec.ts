import type { GraphqlClient, TestApp } from '@cdv/app-harness';
import { APPEL_2025, creerReferentiel, depot, euros, executer, montant } from './programmation-fixture';
import { startTopology, TOPOLOGIES } from './support/topologies';

/**
 * The auditor's story (issue 7): the comité votes a programmation; later an amount is corrected with a reason
 * and a dossier is abandoned. The auditor asks the programmation as of the vote and gets the voted figures,
 * asks it now and gets the corrected ones, reads the diff with the author and reason of each change, the
 * history of a dossier with field-level diffs, the journal, and verifies the seals and chains. Run against both
 * topologies: the same questions through the gateway as on the embedded app.
 */
const TENANT = 'mel';

const PROGRAMMATION = `query($asOf: DateTime) { programmation(annee: 2025, asOf: $asOf) {
  comptes { retenus abandonnes } parFinanceur { categorie nature vote }
} }`;
const DIFF = `query($depuis: DateTime!) { diffProgrammation(annee: 2025, depuis: $depuis) {
  dossiersModifies changements { dossierId titre type libelle motif acteur { userId role } changements { chemin avant apres } }
} }`;
const HISTORIQUE = `query($streamId: String!) { historique(streamId: $streamId) {
  type libelle revision acteur { userId role organisationId } motif effectifLe enregistreLe hash prevHash
  changements { chemin nature avant apres } baseDuDiff
} }`;
const JOURNAL = `query($after: String, $filtre: FiltreJournal) { journal(first: 3, after: $after, filtre: $filtre) { evenements { type position streamId } endCursor hasNextPage } }`;
const VERIFICATION = `{ verification { ok fluxVerifies evenementsVerifies sceauxVerifies premierMaillonRompu { streamId } dernierSceau { numero racine } evenementsApresDernierSceau } }`;
const SCELLER = `mutation { poserSceau(motif: "clôture du comité") { scelle position sceau { numero racine } } }`;

type Vote = { categorie: string; nature: string; vote: string };

describe.each(TOPOLOGIES)('audit story (%s)', (topology) => {
  let app: TestApp;
  let agent: GraphqlClient;
  let auditeur: GraphqlClient;
  let apresVote: string;
  let avantComite: string;

  beforeAll(async () => {
    app = await startTopology(topology);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    auditeur = await app.clientFor(TENANT, 'auditeur');

    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    for (const [id, porteur] of [
      ['d1', 'asso-1'],
      ['d2', 'asso-2'],
      ['d3', 'asso-3'],
    ]) {
      await executer(agent, 'deposerDossier', depot(id, porteur, { coutTotal: montant(euros(30_000)) }));
      await executer(agent, 'demanderFinancement', { dossierId: id, financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(10_000)) });
      await executer(agent, 'mettreEnInstruction', { dossierId: id });
    }
    await executer(agent, 'convoquerComite', {
      comiteId: 'comite-2025-1',
      annee: 2025,
      date: '2025-03-15',
      libelle: 'Comité des financeurs',
      membres: [{ organisationId: 'etat', qualite: 'financeur' }],
    });
    avantComite = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await executer(agent, 'arreterProgrammation', {
      comiteId: 'comite-2025-1',
      effectiveAt: '2025-03-15T10:00:00Z',
      decisions: ['d1', 'd2', 'd3'].map((dossierId) => ({
        dossierId,
        decision: 'retenu',
        lignes: [{ ligneId: 'etat:credits_specifiques', resultat: 'vote', montant: montant(euros(10_000)) }],
      })),
    });
    apresVote = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Later: a correction with its reason, and a porteur abandons.
    await executer(agent, 'corrigerMontant', {
      dossierId: 'd1',
      ligneId: 'etat:credits_specifiques',
      etape: 'vote',
      montant: montant(euros(8_000)),
      reason: 'Erreur de saisie au comité',
    });
    const porteur3 = await app.clientFor(TENANT, 'porteur', 'asso-3');
    await executer(porteur3, 'abandonnerDossier', { dossierId: 'd3', motif: 'Intervenant parti', reason: 'Intervenant parti, action impossible en 2025' });
  }, 120_000);
  afterAll(() => app.close());

  const voteEtat = (rows: Vote[]) => rows.find((row) => row.categorie === 'etat_credits_specifiques' && row.nature === 'credits_specifiques')?.vote;

  it('as of the vote: the voted figures; now: the corrected ones', async () => {
    const avant = await auditeur.ok<{ programmation: { comptes: { retenus: number; abandonnes: number }; parFinanceur: Vote[] } }>(PROGRAMMATION, {
      asOf: apresVote,
    });
    expect(avant.programmation.comptes).toMatchObject({ retenus: 3, abandonnes: 0 });
    expect(voteEtat(avant.programmation.parFinanceur)).toBe('30000.00');
    const maintenant = await auditeur.ok<{ programmation: { comptes: { abandonnes: number }; parFinanceur: Vote[] } }>(PROGRAMMATION, {});
    expect(maintenant.programmation.comptes.abandonnes).toBe(1);
    expect(voteEtat(maintenant.programmation.parFinanceur)).not.toBe('30000.00');
  });

  it('the diff since the vote names each change with its author and reason', async () => {
    const { diffProgrammation } = await auditeur.ok<{ diffProgrammation: { dossiersModifies: number; changements: Array<Record<string, unknown>> } }>(DIFF, {
      depuis: apresVote,
    });
    expect(diffProgrammation.dossiersModifies).toBe(2);
    const correction = diffProgrammation.changements.find((change) => change.type === 'MontantCorrige');
    expect(correction).toMatchObject({ dossierId: 'd1', motif: 'Erreur de saisie au comité', acteur: { userId: 'agent@mel', role: 'agent' } });
    // In euros, as the API's Montant writes them, never cents (issue 12 §14).
    expect(correction?.changements).toEqual(expect.arrayContaining([expect.objectContaining({ avant: '10000.00', apres: '8000.00' })]));
    const abandon = diffProgrammation.changements.find((change) => change.type === 'DossierAbandonne');
    expect(abandon).toMatchObject({ dossierId: 'd3', acteur: { role: 'porteur' } });
  });

  it('the diff since before the comité holds the comité’s decision, which names its dossiers in decisions[].dossierId', async () => {
    const { diffProgrammation } = await auditeur.ok<{ diffProgrammation: { changements: Array<{ type: string; dossierId: string | null }> } }>(DIFF, {
      depuis: avantComite,
    });
    expect(diffProgrammation.changements.filter((change) => change.type === 'ProgrammationArretee')).toEqual([
      expect.objectContaining({ type: 'ProgrammationArretee', dossierId: null }),
    ]);
    expect(diffProgrammation.changements.filter((change) => change.type === 'FinancementVote').map((change) => change.dossierId)).toEqual(['d1', 'd2', 'd3']);
  });

  it('the history of a dossier: every event with who, when, why and the fields it changed', async () => {
    const { historique } = await auditeur.ok<{
      historique: Array<{
        type: string;
        revision: number;
        prevHash: string | null;
        hash: string;
        baseDuDiff: string;
        effectifLe: string | null;
        changements: unknown[];
      }>;
    }>(HISTORIQUE, { streamId: 'dossier-d1' });
    expect(historique.map((entry) => entry.type)).toEqual(expect.arrayContaining(['DossierDepose', 'FinancementDemande', 'FinancementVote', 'MontantCorrige']));
    expect(historique.every((entry) => entry.baseDuDiff === 'state' && entry.changements.length > 0)).toBe(true);
    historique.slice(1).forEach((entry, index) => expect(entry.prevHash).toBe(historique[index].hash));
    expect(historique.find((entry) => entry.type === 'FinancementVote')?.effectifLe).toBe('2025-03-15T10:00:00.000Z');
  });

  it('the journal is a change feed a consumer resumes from its cursor', async () => {
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const { journal }: { journal: { evenements: Array<{ position: number }>; endCursor: string; hasNextPage: boolean } } = await auditeur.ok(JOURNAL, {
        after,
        filtre: { dossierId: 'd1' },
      });
      seen.push(...journal.evenements.map((event) => event.position));
      after = journal.endCursor;
      if (!journal.hasNextPage) break;
    }
    expect(seen.length).toBeGreaterThan(4);
    // The dossier filter holds the comité's decision too (decisions[].dossierId).
    const { journal } = await auditeur.ok<{ journal: { evenements: Array<{ type: string; streamId: string }> } }>(JOURNAL, {
      after: null,
      filtre: { dossierId: 'd1', types: ['ProgrammationArretee'] },
    });
    expect(journal.evenements.map((event) => `${event.streamId}:${event.type}`)).toEqual(['comite-comite-2025-1:ProgrammationArretee']);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('seals on demand and verifies every chain and seal; the auditor cannot seal', async () => {
    await auditeur.fails(SCELLER, {}, 'FORBIDDEN');
    const { poserSceau } = await agent.ok<{ poserSceau: { scelle: boolean; sceau: { numero: number } } }>(SCELLER);
    expect(poserSceau).toMatchObject({ scelle: true, sceau: { numero: 0 } });
    expect((await agent.ok<{ poserSceau: { scelle: boolean } }>(SCELLER)).poserSceau.scelle).toBe(false);
    const { verification } = await auditeur.ok<{ verification: Record<string, unknown> }>(VERIFICATION);
    expect(verification).toMatchObject({ ok: true, premierMaillonRompu: null, sceauxVerifies: 1, dernierSceau: { numero: 0 }, evenementsApresDernierSceau: 0 });
  });

  it('auditeurs read everything and write nothing', async () => {
    await auditeur.fails(
      `mutation($input: CorrigerMontantInput!) { corrigerMontant(input: $input) { revision } }`,
      {
        input: { dossierId: 'd2', ligneId: 'etat:credits_specifiques', etape: 'vote', montant: '1.00', reason: 'x' },
      },
      'FORBIDDEN',
    );
  });
});
