import { startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';
import { APPEL_2025, creerReferentiel, depot, euros, executer, montant, mutation, PILIERS, refuser } from './programmation-fixture';

/**
 * Issue 12 §12, the business rules users tripped over, through the API: the classement follows the cadre
 * stratégique, a financeur-only partner is no porteur, a solde with money left needs a reason and records it, a
 * comité member may preside and finance and members are corrected after convocation, the closing date of an appel
 * moves, and many dossiers go under instruction in one call. Each new command is refused for bad input, wrong state,
 * wrong role, wrong tenant and a stale revision.
 */
const TENANT = 'cahc';
const AUTRE = 'mel';
const DOSSIER = `query($id: String!) { dossier(id: $id) { pilier { id libelle } statut solde { reliquats { ligneId nonEngage nonVerse } } } }`;
const COMITE = `query($id: String!) { comite(id: $id) { membres { organisationId qualite } } }`;
const APPEL = `query($annee: Int!) { appelAProjets(annee: $annee) { statut clotureLe } }`;
const EN_MASSE = `mutation($input: MettreEnInstructionDossiersInput!) { mettreEnInstructionDossiers(input: $input) {
  reussis refuses resultats { dossierId ok replayed revision code message currentRevision } } }`;

type Resultat = { dossierId: string; ok: boolean; replayed: boolean; revision: number | null; code: string | null; currentRevision: number | null };

describe('business rules of the programmation (issue 12 §12)', () => {
  let app: TestApp;
  let agent: GraphqlClient;
  let admin: GraphqlClient;
  let porteur: GraphqlClient;
  let autreTenant: GraphqlClient;

  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    admin = await app.clientFor(TENANT, 'admin');
    porteur = await app.clientFor(TENANT, 'porteur', 'asso-1');
    // A token of another workspace naming this one: TENANT_MISMATCH.
    autreTenant = agent.as(await app.token(AUTRE, 'agent'), TENANT);
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);
  });
  afterAll(() => app.close());

  describe('the classement follows the cadre stratégique', () => {
    it('without a cadre stratégique, labels are kept as given (as an import does)', async () => {
      await executer(agent, 'deposerDossier', depot('libre', 'asso-1', { classement: { pilier: { id: 'p-libre', libelle: 'Pilier libre' } } }));
      expect((await agent.ok<{ dossier: { pilier: unknown } }>(DOSSIER, { id: 'libre' })).dossier.pilier).toEqual({ id: 'p-libre', libelle: 'Pilier libre' });
    });

    it('once there is one, a node outside it is refused, and a node of it takes its label', async () => {
      await admin.ok(mutation('definirCadreStrategique'), {
        input: { cadreId: 'cadre', version: 1, intitule: 'Contrat de ville', dimensions: [{ code: 'piliers', libelle: 'Piliers', niveaux: ['pilier'] }] },
      });
      await admin.ok(mutation('ajouterObjectif'), {
        input: { cadreId: 'cadre', version: 1, dimension: 'piliers', noeudId: 'v1.P1', libelle: 'Cohésion sociale' },
      });
      const error = await refuser(
        agent,
        'deposerDossier',
        depot('hors-cadre', 'asso-1', { classement: { pilier: { id: 'p-libre', libelle: 'Pilier libre' } } }),
        'VALIDATION_FAILED',
      );
      expect(error.extensions).toMatchObject({ field: 'classement.pilier', value: 'p-libre' });
      await executer(agent, 'deposerDossier', depot('dans-cadre', 'asso-1', { classement: { pilier: { ...PILIERS[0], libelle: 'autre libellé' } } }));
      expect((await agent.ok<{ dossier: { pilier: unknown } }>(DOSSIER, { id: 'dans-cadre' })).dossier.pilier).toEqual({
        id: 'v1.P1',
        libelle: 'Cohésion sociale',
      });
      const modification = await refuser(
        agent,
        'modifierDossier',
        { dossierId: 'dans-cadre', classement: { pilier: { id: 'nope', libelle: 'x' } } },
        'VALIDATION_FAILED',
      );
      expect(modification.extensions).toMatchObject({ field: 'classement.pilier' });
    });
  });

  it('a partner that is only a financeur is refused as porteur', async () => {
    const error = await refuser(agent, 'deposerDossier', depot('par-la-region', 'region'), 'VALIDATION_FAILED');
    expect(error.extensions).toMatchObject({ field: 'porteurId', value: 'region', roles: ['financeur', 'signataire'] });
    expect(error.message).toMatch(/not a porteur/);
  });

  describe('solderDossier with money left', () => {
    beforeAll(async () => {
      await executer(agent, 'deposerDossier', depot('reste', 'asso-1', { coutTotal: montant(euros(20_000)) }));
      for (const [financeurId, nature] of [
        ['etat', 'credits_specifiques'],
        ['region', 'droit_commun'],
      ]) {
        await executer(agent, 'demanderFinancement', { dossierId: 'reste', financeurId, nature, montant: montant(euros(5_000)) });
      }
      await executer(agent, 'mettreEnInstruction', { dossierId: 'reste' });
      for (const ligneId of ['etat:credits_specifiques', 'region:droit_commun']) {
        await executer(agent, 'voterFinancement', { dossierId: 'reste', ligneId, montant: montant(euros(4_000)) });
      }
      await executer(agent, 'retenirDossier', { dossierId: 'reste' });
      await executer(agent, 'signerConvention', {
        conventionId: 'conv-reste',
        typeConvention: 'annuelle',
        objet: 'Convention',
        porteurId: 'asso-1',
        signataires: ['etat'],
        anneeDebut: 2025,
        anneeFin: 2025,
        dateSignature: '2025-04-01',
        dossiers: [{ dossierId: 'reste', annee: 2025 }],
      });
      await executer(agent, 'engagerFinancement', { dossierId: 'reste', ligneId: 'etat:credits_specifiques', montant: montant(euros(4_000)) });
      await executer(porteur, 'demarrerAction', { dossierId: 'reste', dateDebut: '2025-05-01' });
      await executer(agent, 'enregistrerVersement', {
        dossierId: 'reste',
        ligneId: 'etat:credits_specifiques',
        type: 'avance',
        montant: montant(euros(3_000)),
        date: '2025-05-15',
      });
      await executer(porteur, 'deposerBilan', {
        dossierId: 'reste',
        coutRealise: montant(euros(15_000)),
        beneficiaires: { total: 10, femmes: 5, hommes: 5, nonRenseigne: 0, residentsQpv: 8 },
        recit: 'Bilan',
      });
    });

    it('is refused without a reason, saying in euros what is left on each line', async () => {
      const error = await refuser(agent, 'solderDossier', { dossierId: 'reste' }, 'VALIDATION_FAILED');
      expect(error.extensions).toMatchObject({
        field: 'reason',
        reliquats: [
          { ligneId: 'etat:credits_specifiques', nonEngage: 0, nonVerse: euros(1_000) },
          { ligneId: 'region:droit_commun', nonEngage: euros(4_000), nonVerse: 0 },
        ],
      });
      expect(error.message).toMatch(/etat:credits_specifiques: 1000\.00 € engaged not paid; region:droit_commun: 4000\.00 € voted not engaged/);
    });

    it('with a reason, records the reliquats with the solde; the dossier shows them', async () => {
      const payload = await executer(agent, 'solderDossier', { dossierId: 'reste', reason: 'Action réduite, la Région n’a pas engagé' });
      expect(payload.eventTypes).toEqual(['ReliquatsConstates', 'DossierSolde']);
      const { dossier } = await agent.ok<{ dossier: { statut: string; solde: { reliquats: unknown[] } } }>(DOSSIER, { id: 'reste' });
      expect(dossier).toMatchObject({ statut: 'solde' });
      expect(dossier.solde.reliquats).toEqual([
        { ligneId: 'etat:credits_specifiques', nonEngage: '0.00', nonVerse: '1000.00' },
        { ligneId: 'region:droit_commun', nonEngage: '4000.00', nonVerse: '0.00' },
      ]);
    });
  });

  describe('comité members: two capacities, corrections after the convocation', () => {
    const membres = [
      { organisationId: 'etat', qualite: 'presidence' },
      { organisationId: 'etat', qualite: 'financeur' },
      { organisationId: 'epci', qualite: 'presidence' },
    ];
    beforeAll(async () => {
      await executer(agent, 'convoquerComite', { comiteId: 'co', annee: 2025, date: '2025-03-15', libelle: 'Comité', membres });
    });

    it('the State co-presides and finances', async () => {
      const { comite } = await agent.ok<{ comite: { membres: unknown[] } }>(COMITE, { id: 'co' });
      expect(comite.membres).toEqual(membres);
    });

    it('corrects the members with a reason; their names come from the référentiel', async () => {
      const corriges = [...membres, { organisationId: 'region', qualite: 'financeur' }];
      const payload = await executer(agent, 'corrigerMembresComite', {
        comiteId: 'co',
        membres: corriges,
        reason: 'la Région siège aussi',
        expectedRevision: 0,
      });
      expect(payload).toMatchObject({ revision: 1, eventTypes: ['MembresComiteCorriges'] });
      expect((await agent.ok<{ comite: { membres: unknown[] } }>(COMITE, { id: 'co' })).comite.membres).toEqual(corriges);
    });

    it('refuses: no reason, an unknown organisation, a stale revision, a porteur, another workspace, a closed comité', async () => {
      expect((await refuser(agent, 'corrigerMembresComite', { comiteId: 'co', membres }, 'VALIDATION_FAILED')).extensions).toMatchObject({ field: 'reason' });
      const inconnu = await refuser(
        agent,
        'corrigerMembresComite',
        { comiteId: 'co', membres: [{ organisationId: 'x', qualite: 'financeur' }], reason: 'r' },
        'VALIDATION_FAILED',
      );
      expect(inconnu.extensions).toMatchObject({ field: 'membres[0].organisationId' });
      const stale = await refuser(agent, 'corrigerMembresComite', { comiteId: 'co', membres, reason: 'r', expectedRevision: 0 }, 'CONFLICT');
      expect(stale.extensions).toMatchObject({ currentRevision: 1 });
      await refuser(porteur, 'corrigerMembresComite', { comiteId: 'co', membres, reason: 'r' }, 'FORBIDDEN');
      await refuser(autreTenant, 'corrigerMembresComite', { comiteId: 'co', membres, reason: 'r' }, 'TENANT_MISMATCH');
      await refuser(agent, 'corrigerMembresComite', { comiteId: 'absent', membres, reason: 'r' }, 'NOT_FOUND');
      await executer(agent, 'cloreComite', { comiteId: 'co' });
      const clos = await refuser(agent, 'corrigerMembresComite', { comiteId: 'co', membres, reason: 'r' }, 'INVALID_TRANSITION');
      expect(clos.extensions).toMatchObject({ state: 'clos', command: 'CorrigerMembresComite' });
    });
  });

  describe('modifierDateCloture', () => {
    const APPEL_2026 = { ...APPEL_2025, annee: 2026, ouvertureLe: '2025-01-01', clotureLe: '2025-02-01', comites: [] };
    beforeAll(async () => {
      await executer(agent, 'ouvrirAppelAProjets', APPEL_2026);
    });

    it('before the date passed, moves it without a reason', async () => {
      const payload = await executer(agent, 'modifierDateCloture', { annee: 2025, clotureLe: '2099-06-30' });
      expect(payload.eventTypes).toEqual(['DateClotureModifiee']);
      expect((await agent.ok<{ appelAProjets: unknown }>(APPEL, { annee: 2025 })).appelAProjets).toEqual({ statut: 'ouvert', clotureLe: '2099-06-30' });
    });

    it('once it passed, needs a reason; a clos appel moved to a later date reopens', async () => {
      expect((await refuser(agent, 'modifierDateCloture', { annee: 2026, clotureLe: '2099-03-01' }, 'VALIDATION_FAILED')).extensions).toMatchObject({
        field: 'reason',
      });
      await executer(agent, 'cloreAppelAProjets', { annee: 2026 });
      const payload = await executer(agent, 'modifierDateCloture', {
        annee: 2026,
        clotureLe: '2099-03-01',
        reason: 'Appel prolongé par le comité de pilotage',
      });
      expect(payload.eventTypes).toEqual(['DateClotureModifiee']);
      expect((await agent.ok<{ appelAProjets: unknown }>(APPEL, { annee: 2026 })).appelAProjets).toEqual({ statut: 'ouvert', clotureLe: '2099-03-01' });
    });

    it('refuses: a date that does not exist or before the opening, a stale revision, a porteur, another workspace, a closed year', async () => {
      expect((await refuser(agent, 'modifierDateCloture', { annee: 2025, clotureLe: '2025-02-30' }, 'VALIDATION_FAILED')).extensions).toMatchObject({
        field: 'Date',
      });
      expect((await refuser(agent, 'modifierDateCloture', { annee: 2025, clotureLe: '2020-01-01' }, 'VALIDATION_FAILED')).extensions).toMatchObject({
        field: 'clotureLe',
      });
      expect((await refuser(agent, 'modifierDateCloture', { annee: 2025, clotureLe: '2099-07-01', expectedRevision: 0 }, 'CONFLICT')).extensions).toMatchObject(
        {
          currentRevision: 1,
        },
      );
      await refuser(porteur, 'modifierDateCloture', { annee: 2025, clotureLe: '2099-07-01' }, 'FORBIDDEN');
      await refuser(autreTenant, 'modifierDateCloture', { annee: 2025, clotureLe: '2099-07-01' }, 'TENANT_MISMATCH');
      await refuser(agent, 'modifierDateCloture', { annee: 2031, clotureLe: '2099-07-01' }, 'NOT_FOUND');
      await executer(agent, 'ouvrirAppelAProjets', { ...APPEL_2025, annee: 2027, ouvertureLe: '2025-01-01', clotureLe: '2025-02-01', comites: [] });
      await executer(agent, 'cloreAppelAProjets', { annee: 2027 });
      await executer(agent, 'cloturerExercice', { annee: 2027 });
      const clos = await refuser(agent, 'modifierDateCloture', { annee: 2027, clotureLe: '2099-03-01', reason: 'r' }, 'INVALID_TRANSITION');
      expect(clos.extensions).toMatchObject({ state: 'exercice_clos', command: 'ModifierDateCloture' });
    });
  });

  describe('mettreEnInstructionDossiers: one call, each dossier answered on its own', () => {
    beforeAll(async () => {
      for (const id of ['m1', 'm2', 'm3', 'm4']) {
        await executer(porteur, 'deposerDossier', depot(id, 'asso-1'));
        await executer(porteur, 'demanderFinancement', { dossierId: id, financeurId: 'etat', nature: 'credits_specifiques', montant: montant(euros(1_000)) });
      }
      await executer(agent, 'mettreEnInstruction', { dossierId: 'm4' });
    });
    const resultats = async (client: GraphqlClient, input: Record<string, unknown>) =>
      (await client.ok<{ mettreEnInstructionDossiers: { reussis: number; refuses: number; resultats: Resultat[] } }>(EN_MASSE, { input }))
        .mettreEnInstructionDossiers;

    it('puts the deposited ones under instruction and answers the others with their code; a replay appends nothing', async () => {
      const input = {
        commandId: 'instruction-import-1',
        dossiers: [
          { dossierId: 'm1' },
          { dossierId: 'm2', expectedRevision: 1 },
          { dossierId: 'm3', expectedRevision: 0 },
          { dossierId: 'm4' },
          { dossierId: 'absent' },
        ],
      };
      const premier = await resultats(agent, input);
      expect(premier).toMatchObject({ reussis: 2, refuses: 3 });
      expect(premier.resultats.map((r) => [r.dossierId, r.ok, r.code, r.revision, r.currentRevision])).toEqual([
        ['m1', true, null, 2, null],
        ['m2', true, null, 2, null],
        ['m3', false, 'CONFLICT', null, 1],
        ['m4', false, 'INVALID_TRANSITION', null, null],
        ['absent', false, 'NOT_FOUND', null, null],
      ]);
      const statut = async (id: string) => (await agent.ok<{ dossier: { statut: string } }>(DOSSIER, { id })).dossier.statut;
      expect([await statut('m1'), await statut('m3')]).toEqual(['en_instruction', 'depose']);
      const again = await resultats(agent, input);
      expect(again.resultats.filter((r) => r.ok).map((r) => [r.dossierId, r.replayed])).toEqual([
        ['m1', true],
        ['m2', true],
      ]);
    });

    it('refuses: no dossier, too many, twice the same, a bad id, a porteur, another workspace', async () => {
      const fails = async (client: GraphqlClient, dossiers: unknown[], code: string) => client.fails(EN_MASSE, { input: { dossiers } }, code);
      expect((await fails(agent, [], 'VALIDATION_FAILED')).extensions).toMatchObject({ field: 'dossiers' });
      const many = Array.from({ length: 501 }, (_, index) => ({ dossierId: `d${index}` }));
      expect((await fails(agent, many, 'VALIDATION_FAILED')).extensions).toMatchObject({ field: 'dossiers' });
      expect((await fails(agent, [{ dossierId: 'm3' }, { dossierId: 'm3' }], 'VALIDATION_FAILED')).extensions).toMatchObject({
        field: 'dossiers[1].dossierId',
      });
      expect((await fails(agent, [{ dossierId: 'pas un id' }], 'VALIDATION_FAILED')).extensions).toMatchObject({ field: 'dossiers[0].dossierId' });
      await fails(porteur, [{ dossierId: 'm3' }], 'FORBIDDEN');
      await fails(autreTenant, [{ dossierId: 'm3' }], 'TENANT_MISMATCH');
    });
  });
});
