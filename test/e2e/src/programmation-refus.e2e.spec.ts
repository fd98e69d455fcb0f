import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, DOSSIER, euros, executer, montant, mutation, refuser } from './programmation-fixture';

/**
 * Every programmation command refused for a clear reason: wrong state (INVALID_TRANSITION), bad amounts and input
 * (VALIDATION_FAILED with the field), someone else's line or the wrong role (FORBIDDEN), duplicates and stale
 * revisions (CONFLICT with the current revision), late deposits without reason; and a re-sent commandId answers
 * the first result without appending anything.
 */

const TENANT = 'cahc';
type Acteur = 'agent' | 'admin' | 'auditeur' | 'lecteur' | 'asso1' | 'asso2' | 'etat' | 'region' | 'caf';

describe('programmation: refusals of every command', () => {
  let app: TestApp;
  const clients = {} as Record<Acteur, GraphqlClient>;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await creerReferentiel(app, TENANT);
    clients.agent = await app.clientFor(TENANT, 'agent');
    clients.admin = await app.clientFor(TENANT, 'admin');
    clients.auditeur = await app.clientFor(TENANT, 'auditeur');
    clients.lecteur = await app.clientFor(TENANT, 'lecteur');
    clients.asso1 = await app.clientFor(TENANT, 'porteur', 'asso-1');
    clients.asso2 = await app.clientFor(TENANT, 'porteur', 'asso-2');
    for (const financeur of ['etat', 'region', 'caf'] as const) clients[financeur] = await app.clientFor(TENANT, 'instructeur', financeur);

    const { agent, admin } = clients;
    await executer(admin, 'definirReglesFinancement', {
      regles: [
        {
          id: 'caf-plafond',
          libelle: 'CAF : 30 000 € au plus',
          type: 'plafond',
          application: 'bloquant',
          cible: { categories: ['caf'] },
          montantMax: montant(euros(30_000)),
        },
      ],
    });
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
    // dA: deposited; dB: under instruction; dC: retained by a comité; dD: a large deposited dossier.
    await executer(clients.asso1, 'deposerDossier', depot('dA', 'asso-1'));
    await executer(clients.asso1, 'demanderFinancement', {
      dossierId: 'dA',
      financeurId: 'etat',
      nature: 'credits_specifiques',
      montant: montant(euros(5_000)),
    });
    await executer(clients.asso2, 'deposerDossier', depot('dB', 'asso-2'));
    for (const financeurId of ['etat', 'region']) {
      await executer(clients.asso2, 'demanderFinancement', {
        dossierId: 'dB',
        financeurId,
        nature: financeurId === 'etat' ? 'credits_specifiques' : 'droit_commun',
        montant: montant(euros(4_000)),
      });
    }
    await executer(agent, 'mettreEnInstruction', { dossierId: 'dB' });
    await executer(clients.asso1, 'deposerDossier', depot('dC', 'asso-1'));
    await executer(clients.asso1, 'demanderFinancement', {
      dossierId: 'dC',
      financeurId: 'etat',
      nature: 'credits_specifiques',
      montant: montant(euros(6_000)),
    });
    await executer(agent, 'mettreEnInstruction', { dossierId: 'dC' });
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
    await executer(agent, 'arreterProgrammation', {
      comiteId: 'c1',
      decisions: [{ dossierId: 'dC', decision: 'retenu', lignes: [{ ligneId: 'etat:credits_specifiques', resultat: 'vote', montant: montant(euros(6_000)) }] }],
    });
    await executer(clients.asso1, 'deposerDossier', depot('dD', 'asso-1', { coutTotal: montant(euros(100_000)) }));
    await executer(agent, 'convoquerComite', {
      comiteId: 'c2',
      annee: 2025,
      date: '2025-03-20',
      libelle: 'Comité clos',
      membres: [{ organisationId: 'etat', qualite: 'financeur' }],
    });
    await executer(agent, 'cloreComite', { comiteId: 'c2' });
    await executer(agent, 'signerConvention', {
      conventionId: 'conv-etat',
      typeConvention: 'annuelle',
      objet: 'Convention',
      porteurId: 'asso-1',
      signataires: ['etat'],
      anneeDebut: 2025,
      anneeFin: 2025,
      dateSignature: '2025-04-01',
      dossiers: [{ dossierId: 'dC', annee: 2025 }],
    });
  });
  afterAll(() => app.close());

  const bilan = { coutRealise: montant(euros(1_000)), beneficiaires: { total: 1, femmes: 1, hommes: 0, nonRenseigne: 0, residentsQpv: 1 }, recit: 'Bilan' };
  const cases: Array<[string, Acteur, string, Record<string, unknown>, string, string?]> = [
    // Appel
    ['an appel opened twice', 'agent', 'ouvrirAppelAProjets', APPEL_2025, 'CONFLICT'],
    ['a porteur opening an appel', 'asso1', 'ouvrirAppelAProjets', { ...APPEL_2025, annee: 2026 }, 'FORBIDDEN'],
    ['an auditeur opening an appel', 'auditeur', 'ouvrirAppelAProjets', { ...APPEL_2025, annee: 2026 }, 'FORBIDDEN'],
    [
      'closing before opening',
      'agent',
      'ouvrirAppelAProjets',
      { ...APPEL_2025, annee: 2027, clotureLe: '2024-01-01', enveloppes: [], comites: [] },
      'VALIDATION_FAILED',
      'clotureLe',
    ],
    [
      'an envelope of an unknown financeur',
      'agent',
      'fixerEnveloppe',
      { annee: 2025, financeurId: 'inconnu', montant: '10.00' },
      'VALIDATION_FAILED',
      'financeurId',
    ],
    [
      'a published envelope changed without reason',
      'agent',
      'fixerEnveloppe',
      { annee: 2025, financeurId: 'etat', nature: 'credits_specifiques', montant: '1.00' },
      'VALIDATION_FAILED',
      'reason',
    ],
    ['a comité planned twice', 'agent', 'planifierComite', { annee: 2025, comiteId: 'comite-2025-1', date: '2025-06-01', libelle: 'Doublon' }, 'CONFLICT'],
    ['closing the year of an open appel', 'agent', 'cloturerExercice', { annee: 2025 }, 'INVALID_TRANSITION'],
    ['closing an appel that does not exist', 'agent', 'cloreAppelAProjets', { annee: 2031 }, 'NOT_FOUND'],
    // Dépôt
    ['an unknown porteur', 'agent', 'deposerDossier', depot('x1', 'inconnu'), 'VALIDATION_FAILED', 'porteurId'],
    ['an unknown QPV', 'asso1', 'deposerDossier', depot('x2', 'asso-1', { qpvIds: ['QN05935A', 'QN09999Z'] }), 'VALIDATION_FAILED', 'qpvIds[1]'],
    ['a commune outside the territory', 'asso1', 'deposerDossier', depot('x3', 'asso-1', { communes: ['75056'] }), 'VALIDATION_FAILED', 'communes[0]'],
    ['a porteur depositing for another', 'asso1', 'deposerDossier', depot('x4', 'asso-2'), 'FORBIDDEN'],
    [
      'a porteur backdating its deposit',
      'asso1',
      'deposerDossier',
      { ...depot('x5', 'asso-1'), effectiveAt: '2024-01-01T00:00:00Z' },
      'VALIDATION_FAILED',
      'effectiveAt',
    ],
    ['an amount that is not a Montant', 'asso1', 'deposerDossier', depot('x6', 'asso-1', { coutTotal: '12,5' }), 'VALIDATION_FAILED'],
    ['an end before the start', 'asso1', 'deposerDossier', depot('x7', 'asso-1', { dateFin: '2024-12-31' }), 'VALIDATION_FAILED', 'dateFin'],
    ['a dossier id no stream can hold', 'asso1', 'deposerDossier', depot('a b', 'asso-1'), 'VALIDATION_FAILED', 'dossierId'],
    ['a deposit for a year without appel', 'asso1', 'deposerDossier', depot('x8', 'asso-1', { annee: 2032 }), 'NOT_FOUND'],
    // Description and plan de financement
    ['a porteur changing a dossier under instruction', 'asso2', 'modifierDossier', { dossierId: 'dB', titre: 'Nouveau' }, 'INVALID_TRANSITION'],
    ['staff changing it without reason', 'agent', 'modifierDossier', { dossierId: 'dB', titre: 'Nouveau' }, 'VALIDATION_FAILED', 'reason'],
    ['a porteur moving a dossier to a série', 'asso1', 'rattacherASerie', { dossierId: 'dA', serie: { id: 's1', rang: 2 } }, 'FORBIDDEN'],
    [
      'asking more than the total cost',
      'asso1',
      'demanderFinancement',
      { dossierId: 'dA', financeurId: 'region', nature: 'droit_commun', montant: montant(euros(16_000)) },
      'VALIDATION_FAILED',
      'montant',
    ],
    [
      'asking over a blocking rule',
      'asso1',
      'demanderFinancement',
      { dossierId: 'dD', financeurId: 'caf', nature: 'droit_commun', montant: montant(euros(30_001)) },
      'VALIDATION_FAILED',
      'montant',
    ],
    [
      'asking a financeur twice for one nature',
      'asso1',
      'demanderFinancement',
      { dossierId: 'dA', financeurId: 'etat', nature: 'credits_specifiques', montant: '1.00' },
      'CONFLICT',
    ],
    [
      'asking an unknown financeur',
      'asso1',
      'demanderFinancement',
      { dossierId: 'dA', financeurId: 'inconnu', nature: 'droit_commun', montant: '1.00' },
      'VALIDATION_FAILED',
      'financeurId',
    ],
    [
      'asking a partner that is no financeur',
      'asso1',
      'demanderFinancement',
      { dossierId: 'dA', financeurId: 'asso-2', nature: 'droit_commun', montant: '1.00' },
      'VALIDATION_FAILED',
      'financeurId',
    ],
    [
      'withdrawing a request under instruction without reason',
      'asso2',
      'retirerDemandeFinancement',
      { dossierId: 'dB', ligneId: 'region:droit_commun' },
      'VALIDATION_FAILED',
      'reason',
    ],
    // Instruction
    ['instructing twice', 'agent', 'mettreEnInstruction', { dossierId: 'dB' }, 'INVALID_TRANSITION'],
    ['an instructeur starting the instruction', 'etat', 'mettreEnInstruction', { dossierId: 'dA' }, 'FORBIDDEN'],
    ['instructing a dossier that does not exist', 'agent', 'mettreEnInstruction', { dossierId: 'inconnu' }, 'NOT_FOUND'],
    ['an avis given for another organisation', 'region', 'emettreAvis', { dossierId: 'dB', auteurId: 'etat', avis: 'favorable' }, 'FORBIDDEN'],
    ['a défavorable avis without comment', 'etat', 'emettreAvis', { dossierId: 'dB', avis: 'defavorable' }, 'VALIDATION_FAILED', 'commentaire'],
    [
      'proposing before instruction',
      'agent',
      'proposerFinancement',
      { dossierId: 'dA', ligneId: 'etat:credits_specifiques', montant: '1.00' },
      'INVALID_TRANSITION',
    ],
    [
      'proposing on another financeur’s line',
      'region',
      'proposerFinancement',
      { dossierId: 'dB', ligneId: 'etat:credits_specifiques', montant: '1.00' },
      'FORBIDDEN',
    ],
    // Decisions
    [
      'voting more than asked',
      'etat',
      'voterFinancement',
      { dossierId: 'dB', ligneId: 'etat:credits_specifiques', montant: montant(euros(4_001)) },
      'VALIDATION_FAILED',
      'montant',
    ],
    ['a financeur voting another’s line', 'region', 'voterFinancement', { dossierId: 'dB', ligneId: 'etat:credits_specifiques', montant: '1.00' }, 'FORBIDDEN'],
    ['a porteur refusing a line', 'asso2', 'refuserFinancement', { dossierId: 'dB', ligneId: 'etat:credits_specifiques' }, 'FORBIDDEN'],
    ['refusing a line already voted', 'etat', 'refuserFinancement', { dossierId: 'dC', ligneId: 'etat:credits_specifiques' }, 'INVALID_TRANSITION'],
    ['retaining without a voted line', 'agent', 'retenirDossier', { dossierId: 'dB' }, 'INVALID_TRANSITION'],
    ['not retaining a deposited dossier', 'agent', 'nePasRetenirDossier', { dossierId: 'dA' }, 'INVALID_TRANSITION'],
    ['postponing a voted dossier', 'agent', 'ajournerDossier', { dossierId: 'dC' }, 'INVALID_TRANSITION'],
    ['abandoning a retained dossier without reason', 'asso1', 'abandonnerDossier', { dossierId: 'dC' }, 'VALIDATION_FAILED', 'reason'],
    // Mise en œuvre
    ['starting an action before its convention', 'asso2', 'demarrerAction', { dossierId: 'dB', dateDebut: '2025-05-01' }, 'INVALID_TRANSITION'],
    [
      'engaging more than voted',
      'etat',
      'engagerFinancement',
      { dossierId: 'dC', ligneId: 'etat:credits_specifiques', montant: montant(euros(6_001)) },
      'VALIDATION_FAILED',
      'montant',
    ],
    [
      'paying a line not engaged',
      'etat',
      'enregistrerVersement',
      { dossierId: 'dC', ligneId: 'etat:credits_specifiques', type: 'avance', montant: '1.00', date: '2025-05-01' },
      'INVALID_TRANSITION',
    ],
    ['a bilan before the action runs', 'asso1', 'deposerBilan', { dossierId: 'dC', ...bilan }, 'INVALID_TRANSITION'],
    [
      'an indicator of a deposited dossier',
      'asso1',
      'renseignerIndicateur',
      { dossierId: 'dA', indicateurId: 'i', libelle: 'I', valeur: 1 },
      'INVALID_TRANSITION',
    ],
    [
      'justifying before the bilan',
      'etat',
      'justifierFinancement',
      { dossierId: 'dC', ligneId: 'etat:credits_specifiques', montant: '1.00' },
      'INVALID_TRANSITION',
    ],
    ['closing a dossier without bilan', 'agent', 'solderDossier', { dossierId: 'dC' }, 'INVALID_TRANSITION'],
    [
      'a correction without reason',
      'agent',
      'corrigerMontant',
      { dossierId: 'dC', ligneId: 'etat:credits_specifiques', etape: 'vote', montant: '1.00' },
      'VALIDATION_FAILED',
      'reason',
    ],
    [
      'a correction over the amount asked',
      'agent',
      'corrigerMontant',
      { dossierId: 'dC', ligneId: 'etat:credits_specifiques', etape: 'vote', montant: montant(euros(7_000)), reason: 'r' },
      'VALIDATION_FAILED',
      'montant',
    ],
    [
      'a lecteur correcting',
      'lecteur',
      'corrigerMontant',
      { dossierId: 'dC', ligneId: 'etat:credits_specifiques', etape: 'vote', montant: '1.00', reason: 'r' },
      'FORBIDDEN',
    ],
    // Comité
    [
      'a comité without financeur',
      'agent',
      'convoquerComite',
      { comiteId: 'c3', annee: 2025, date: '2025-03-01', libelle: 'C', membres: [{ organisationId: 'asso-1', qualite: 'partenaire' }] },
      'VALIDATION_FAILED',
      'membres',
    ],
    [
      'a comité member unknown to the référentiel',
      'agent',
      'convoquerComite',
      { comiteId: 'c4', annee: 2025, date: '2025-03-01', libelle: 'C', membres: [{ organisationId: 'inconnu', qualite: 'financeur' }] },
      'VALIDATION_FAILED',
      'membres[0].organisationId',
    ],
    [
      'a comité convened twice',
      'agent',
      'convoquerComite',
      { comiteId: 'c1', annee: 2025, date: '2025-03-15', libelle: 'C', membres: [{ organisationId: 'etat', qualite: 'financeur' }] },
      'CONFLICT',
    ],
    [
      'a comité deciding a dossier not under instruction',
      'agent',
      'arreterProgrammation',
      {
        comiteId: 'c1',
        decisions: [{ dossierId: 'dA', decision: 'retenu', lignes: [{ ligneId: 'etat:credits_specifiques', resultat: 'vote', montant: '1.00' }] }],
      },
      'INVALID_TRANSITION',
      'decisions[0]',
    ],
    [
      'a comité retaining without a vote',
      'agent',
      'arreterProgrammation',
      { comiteId: 'c1', decisions: [{ dossierId: 'dB', decision: 'retenu', lignes: [] }] },
      'VALIDATION_FAILED',
      'decisions[0].decision',
    ],
    [
      'a comité voting for a financeur not sitting',
      'agent',
      'arreterProgrammation',
      { comiteId: 'c1', decisions: [{ dossierId: 'dB', decision: 'retenu', lignes: [{ ligneId: 'caf:droit_commun', resultat: 'vote', montant: '1.00' }] }] },
      'VALIDATION_FAILED',
      'decisions[0].lignes[0].financeurId',
    ],
    [
      'a comité voting over the amount asked',
      'agent',
      'arreterProgrammation',
      {
        comiteId: 'c1',
        decisions: [
          { dossierId: 'dB', decision: 'retenu', lignes: [{ ligneId: 'etat:credits_specifiques', resultat: 'vote', montant: montant(euros(9_000)) }] },
        ],
      },
      'VALIDATION_FAILED',
      'decisions[0]',
    ],
    [
      'a comité deciding an unknown dossier',
      'agent',
      'arreterProgrammation',
      { comiteId: 'c1', decisions: [{ dossierId: 'inconnu', decision: 'non_retenu' }] },
      'VALIDATION_FAILED',
      'decisions[0].dossierId',
    ],
    [
      'a closed comité deciding',
      'agent',
      'arreterProgrammation',
      { comiteId: 'c2', decisions: [{ dossierId: 'dB', decision: 'non_retenu' }] },
      'INVALID_TRANSITION',
    ],
    ['closing a comité twice', 'agent', 'cloreComite', { comiteId: 'c2' }, 'INVALID_TRANSITION'],
    // Conventions
    [
      'a CPO over five years',
      'agent',
      'signerConvention',
      {
        conventionId: 'cpo-5',
        typeConvention: 'pluriannuelle',
        objet: 'CPO',
        porteurId: 'asso-1',
        signataires: ['etat'],
        anneeDebut: 2025,
        anneeFin: 2029,
        dateSignature: '2025-04-01',
        dossiers: [{ dossierId: 'dC', annee: 2025 }],
      },
      'VALIDATION_FAILED',
      'anneeFin',
    ],
    [
      'a convention for a dossier not retained',
      'agent',
      'signerConvention',
      {
        conventionId: 'conv-x',
        typeConvention: 'annuelle',
        objet: 'C',
        porteurId: 'asso-1',
        signataires: ['etat'],
        anneeDebut: 2025,
        anneeFin: 2025,
        dateSignature: '2025-04-01',
        dossiers: [{ dossierId: 'dA', annee: 2025 }],
      },
      'INVALID_TRANSITION',
      'dossiers[0]',
    ],
    [
      'a convention signed twice',
      'agent',
      'signerConvention',
      {
        conventionId: 'conv-etat',
        typeConvention: 'annuelle',
        objet: 'C',
        porteurId: 'asso-1',
        signataires: ['etat'],
        anneeDebut: 2025,
        anneeFin: 2025,
        dateSignature: '2025-04-01',
        dossiers: [{ dossierId: 'dC', annee: 2025 }],
      },
      'CONFLICT',
    ],
    [
      'linking a dossier to an unknown convention',
      'agent',
      'rattacherDossierAConvention',
      { conventionId: 'inconnue', dossierId: 'dB', annee: 2025 },
      'NOT_FOUND',
    ],
    [
      'a financeur engaging another’s tranche',
      'region',
      'engagerTranche',
      { conventionId: 'conv-etat', annee: 2025, dossierId: 'dC', ligneId: 'etat:credits_specifiques', montant: '1.00' },
      'FORBIDDEN',
    ],
    [
      'a tranche over the voted amount',
      'etat',
      'engagerTranche',
      { conventionId: 'conv-etat', annee: 2025, dossierId: 'dC', ligneId: 'etat:credits_specifiques', montant: montant(euros(6_001)) },
      'VALIDATION_FAILED',
      'dossierId',
    ],
    // Configuration
    ['an agent defining the rules', 'agent', 'definirReglesFinancement', { regles: [] }, 'FORBIDDEN'],
    [
      'a ceiling without its amount',
      'admin',
      'definirReglesFinancement',
      { reason: 'r', regles: [{ id: 'p', libelle: 'P', type: 'plafond', application: 'bloquant', cible: {} }] },
      'VALIDATION_FAILED',
      'regles[0].montantMax',
    ],
  ];

  // A rest parameter keeps the callback's arity at 0: Jest would take a sixth named parameter for `done`.
  it.each(cases)('refuses %s', async (...row) => {
    const [, acteur, name, input, code, field] = row;
    const error = await refuser(clients[acteur], name, input, code);
    if (field) expect(error.extensions).toMatchObject({ field });
  });

  it('names the blocking rule that refused an amount', async () => {
    const error = await refuser(
      clients.asso1,
      'demanderFinancement',
      { dossierId: 'dD', financeurId: 'caf', nature: 'droit_commun', montant: montant(euros(30_001)) },
      'VALIDATION_FAILED',
    );
    expect(error.extensions).toMatchObject({ field: 'montant', regle: 'caf-plafond', montantMax: 3_000_000 });
  });

  it('refuses a deposit after closing without a reason, and records it late with one', async () => {
    await executer(clients.agent, 'ouvrirAppelAProjets', { ...APPEL_2025, annee: 2026, enveloppes: [], comites: [] });
    await executer(clients.agent, 'cloreAppelAProjets', { annee: 2026 });
    const late = depot('tardif', 'asso-1', { annee: 2026 });
    await refuser(clients.asso1, 'deposerDossier', late, 'VALIDATION_FAILED').then((error) => expect(error.extensions).toMatchObject({ field: 'reason' }));
    await executer(clients.asso1, 'deposerDossier', { ...late, reason: 'Dossier transmis par courrier avant la clôture' });
    const { dossier } = await clients.asso1.ok<{ dossier: { depotTardif: boolean } }>(DOSSIER, { id: 'tardif' });
    expect(dossier.depotTardif).toBe(true);
  });

  it('refuses a stale expectedRevision with the current one, and appends nothing', async () => {
    const before = (await clients.agent.ok<{ dossier: { revision: number } }>(DOSSIER, { id: 'dA' })).dossier.revision;
    const error = await refuser(clients.asso1, 'modifierDossier', { dossierId: 'dA', titre: 'Concurrent', expectedRevision: before - 1 }, 'CONFLICT');
    expect(error.extensions).toMatchObject({ currentRevision: before, expectedRevision: before - 1 });
    expect((await clients.agent.ok<{ dossier: { revision: number } }>(DOSSIER, { id: 'dA' })).dossier.revision).toBe(before);
    const ok = await executer(clients.asso1, 'modifierDossier', { dossierId: 'dA', titre: 'À jour', expectedRevision: before });
    expect(ok.revision).toBe(before + 1);
  });

  it('answers a re-sent commandId with the first result, replayed, appending nothing', async () => {
    const input = { dossierId: 'dA', financeurId: 'region', nature: 'droit_commun', montant: montant(euros(1_000)), commandId: 'demande-region-dA' };
    const first = await executer(clients.asso1, 'demanderFinancement', input);
    const again = await executer(clients.asso1, 'demanderFinancement', input);
    expect(again).toEqual({ ...first, eventsAppended: 0, replayed: true });
    expect((await clients.agent.ok<{ dossier: { revision: number } }>(DOSSIER, { id: 'dA' })).dossier.revision).toBe(first.revision);

    // A retried create without an id lands on the same dossier (its id derives from the commandId).
    const create = { ...depot('', 'asso-1'), dossierId: null, commandId: 'depot-sans-id' };
    const created = await executer(clients.asso1, 'deposerDossier', create);
    const retried = await executer(clients.asso1, 'deposerDossier', create);
    expect(retried).toMatchObject({ id: created.id, replayed: true, eventsAppended: 0 });

    // A replayed comité decision answers the first result too (its dry run is skipped for the replay).
    const arret = { comiteId: 'c1', commandId: 'arret-dB', decisions: [{ dossierId: 'dB', decision: 'non_retenu', motif: 'Hors priorités' }] };
    const decided = await executer(clients.agent, 'arreterProgrammation', arret);
    const redecided = await executer(clients.agent, 'arreterProgrammation', arret);
    expect(redecided).toMatchObject({ revision: decided.revision, replayed: true, eventsAppended: 0 });
    expect(redecided.effets!.every((effet) => effet.ok && effet.replayed)).toBe(true);
  });

  it('rejects unknown fields and wrong enums before any resolver runs', async () => {
    const response = await clients.agent.request(mutation('retenirDossier'), { input: { dossierId: 'dB', inconnu: 1 } });
    expect(response.errors?.[0].extensions?.code).toBe('VALIDATION_FAILED');
  });
});
