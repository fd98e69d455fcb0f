import type { GraphqlClient, TestApp } from '@cdv/app-harness';
import { APPEL_2025, creerReferentiel, depot, DOSSIER, euros, executer, montant, PILIERS, PORTEURS, QPVS, THEMATIQUES } from './programmation-fixture';
import { startTopology, TOPOLOGIES } from './support/topologies';

/**
 * A whole programmation year over GraphQL, as its users run it: the appel, 22 dossiers deposited by six porteurs
 * with their own tokens, avis, a comité that votes and refuses, a financeur's own vote after it, a CPO over three
 * years and an annual convention, versements, a bilan, a soldé dossier and a correction after the vote. The
 * figures of `programmation` and `lignesFinancement` are checked against totals the test computes from what it
 * sent, now and as of just after the comité.
 */

const TENANT = 'mel';
const N = 22;
const RETENUS = 16;
const NON_RETENUS = [16, 17, 18];
const AJOURNES = [19, 20];
const ABANDONNE = 21;

interface LignePlan {
  financeurId: string;
  nature: 'credits_specifiques' | 'droit_commun';
  categorie: string;
  demande: number;
  vote: number;
  engage: number;
  verse: number;
  justifie: number;
  statut: 'demande' | 'propose' | 'vote' | 'refuse' | 'engage' | 'verse' | 'justifie';
}

interface DossierPlan {
  i: number;
  id: string;
  porteurId: string;
  coutTotal: number;
  nombreActions: number;
  pilier: (typeof PILIERS)[number];
  qpvIds: string[];
  lignes: LignePlan[];
}

const ligneId = (l: Pick<LignePlan, 'financeurId' | 'nature'>) => `${l.financeurId}:${l.nature}`;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function planifier(): DossierPlan[] {
  return Array.from({ length: N }, (_, i) => {
    const ligne = (financeurId: string, nature: LignePlan['nature'], categorie: string, demande: number): LignePlan => ({
      financeurId,
      nature,
      categorie,
      demande,
      vote: 0,
      engage: 0,
      verse: 0,
      justifie: 0,
      statut: 'demande',
    });
    const lignes = [ligne('etat', 'credits_specifiques', 'etat_credits_specifiques', euros(5_000 + 100 * i))];
    if (i % 2 === 0) lignes.push(ligne('region', 'droit_commun', 'region', euros(3_000)));
    if (i % 3 === 0) lignes.push(ligne('caf', 'droit_commun', 'caf', euros(2_000)));
    if (i % 4 === 0) lignes.push(ligne('epci', 'credits_specifiques', 'epci', euros(1_000)));
    return {
      i,
      id: `mel-2025-${String(i).padStart(2, '0')}`,
      porteurId: PORTEURS[i % PORTEURS.length].partenaireId,
      coutTotal: euros(20_000 + 1_000 * i),
      nombreActions: i === 4 ? 3 : 1,
      pilier: PILIERS[i % 3],
      qpvIds: i % 3 === 0 ? [QPVS[0].qpvId] : i % 3 === 1 ? [QPVS[1].qpvId] : [QPVS[0].qpvId, QPVS[1].qpvId],
      lignes,
    };
  });
}

describe.each(TOPOLOGIES)('programmation: a whole year over GraphQL (%s)', (topology) => {
  let app: TestApp;
  let agent: GraphqlClient;
  let lecteur: GraphqlClient;
  const instructeurs: Record<string, GraphqlClient> = {};
  const porteurs: Record<string, GraphqlClient> = {};
  const plan = planifier();

  beforeAll(async () => {
    app = await startTopology(topology);
    await creerReferentiel(app, TENANT);
    agent = await app.clientFor(TENANT, 'agent');
    lecteur = await app.clientFor(TENANT, 'lecteur');
    for (const financeur of ['etat', 'region', 'caf']) instructeurs[financeur] = await app.clientFor(TENANT, 'instructeur', financeur);
    for (const porteur of PORTEURS) porteurs[porteur.partenaireId] = await app.clientFor(TENANT, 'porteur', porteur.partenaireId);
  });
  afterAll(() => app.close());

  it('runs the year and its figures add up, now and as of the comité', async () => {
    const admin = await app.clientFor(TENANT, 'admin');
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
        {
          id: 'region-50',
          libelle: 'Région : 50 % du coût',
          type: 'taux_max',
          application: 'avertissement',
          cible: { financeurIds: ['region'] },
          tauxMaxPourcentage: 50,
          assiette: 'cout_total',
        },
      ],
    });
    await executer(agent, 'ouvrirAppelAProjets', APPEL_2025);

    // ── Deposits by the porteurs themselves, and their plans de financement ──
    for (const d of plan) {
      const porteur = porteurs[d.porteurId];
      const communes = d.i % 3 === 0 ? ['59350'] : d.i % 3 === 1 ? ['59512'] : ['59350', '59512'];
      const payload = await executer(
        porteur,
        'deposerDossier',
        depot(d.id, d.porteurId, {
          porteurId: undefined,
          titre: `Action ${d.i} ${d.pilier.libelle}`,
          coutTotal: montant(d.coutTotal),
          nombreActions: d.nombreActions,
          communes,
          qpvIds: d.qpvIds,
          classement: { pilier: d.pilier, thematique: THEMATIQUES[d.i % 4] },
        }),
      );
      expect(payload).toMatchObject({ id: d.id, eventTypes: ['DossierDepose'], revision: 0 });
      for (const l of d.lignes) {
        await executer(porteur, 'demanderFinancement', { dossierId: d.id, financeurId: l.financeurId, nature: l.nature, montant: montant(l.demande) });
      }
    }
    // A porteur withdraws a request and renames its dossier before instruction; another abandons.
    await executer(porteurs[plan[1].porteurId], 'demanderFinancement', {
      dossierId: plan[1].id,
      financeurId: 'caf',
      nature: 'droit_commun',
      montant: montant(euros(500)),
    });
    await executer(porteurs[plan[1].porteurId], 'retirerDemandeFinancement', { dossierId: plan[1].id, ligneId: 'caf:droit_commun' });
    await executer(porteurs[plan[2].porteurId], 'modifierDossier', { dossierId: plan[2].id, titre: 'Action 2 renommée' });
    await executer(porteurs[plan[ABANDONNE].porteurId], 'abandonnerDossier', { dossierId: plan[ABANDONNE].id, motif: 'Projet reporté' });

    // ── Instruction: avis and proposals by the financeurs' instructeurs ──
    for (const d of plan.slice(0, ABANDONNE)) await executer(agent, 'mettreEnInstruction', { dossierId: d.id });
    for (const d of plan.slice(0, 4)) await executer(instructeurs.etat, 'emettreAvis', { dossierId: d.id, avis: 'favorable' });
    await executer(instructeurs.region, 'emettreAvis', { dossierId: plan[2].id, avis: 'reserve', commentaire: 'Budget à préciser' });
    for (const d of plan.slice(0, RETENUS).filter((x) => x.i % 2 === 0)) {
      await executer(instructeurs.region, 'proposerFinancement', { dossierId: d.id, ligneId: 'region:droit_commun', montant: montant(euros(3_000)) });
    }

    // ── The comité: votes, refusals, retenu / non retenu / ajourné in one decision ──
    await executer(agent, 'convoquerComite', {
      comiteId: 'comite-2025-1',
      annee: 2025,
      date: '2025-03-15',
      libelle: 'Comité des financeurs de mars',
      membres: ['etat', 'region', 'caf', 'epci'].map((organisationId) => ({ organisationId, qualite: 'financeur' })),
    });
    const decisions = plan.slice(0, ABANDONNE).map((d) => {
      if (NON_RETENUS.includes(d.i)) return { dossierId: d.id, decision: 'non_retenu', motif: 'Hors priorités' };
      if (AJOURNES.includes(d.i)) return { dossierId: d.id, decision: 'ajourne', motif: 'À représenter en 2026' };
      const lignes = [];
      for (const l of d.lignes) {
        // Left to the financeurs' own decisions after the comité: CAF on dossier 3, Région on dossier 14.
        if ((l.financeurId === 'caf' && d.i === 3) || (l.financeurId === 'region' && d.i === 14)) continue;
        const refusee = (l.financeurId === 'region' && d.i === 10) || (l.financeurId === 'caf' && d.i === 9);
        if (refusee) {
          l.statut = 'refuse';
          lignes.push({ ligneId: ligneId(l), resultat: 'refuse', motif: 'Crédits épuisés' });
        } else {
          l.vote = l.financeurId === 'etat' && d.i % 2 === 1 ? l.demande - euros(500) : l.demande;
          l.statut = 'vote';
          lignes.push({ ligneId: ligneId(l), resultat: 'vote', montant: montant(l.vote) });
        }
      }
      return { dossierId: d.id, decision: 'retenu', lignes };
    });
    for (const i of NON_RETENUS) for (const l of plan[i].lignes) l.statut = 'refuse';
    const comite = await executer(agent, 'arreterProgrammation', {
      comiteId: 'comite-2025-1',
      decisions,
      effectiveAt: '2025-03-15T10:00:00Z',
      commandId: 'comite-2025-1-arret',
    });
    expect(comite.eventTypes).toEqual(['ProgrammationArretee']);
    const attendus = sum(decisions.map((decision) => (decision.lignes?.length ?? 0) + 1));
    expect(comite.effets).toHaveLength(attendus);
    expect(comite.effets!.filter((effet) => !effet.ok)).toEqual([]);

    // The financeurs decide the lines the comité left them.
    await executer(instructeurs.caf, 'voterFinancement', { dossierId: plan[3].id, ligneId: 'caf:droit_commun', montant: montant(euros(1_500)) });
    Object.assign(
      plan[3].lignes.find((l) => l.financeurId === 'caf')!,
      { vote: euros(1_500), statut: 'vote' },
    );
    await executer(instructeurs.region, 'refuserFinancement', { dossierId: plan[14].id, ligneId: 'region:droit_commun', motif: 'Hors dispositif' });
    plan[14].lignes.find((l) => l.financeurId === 'region')!.statut = 'refuse';

    const apresComite = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const voteEtatAuComite = sum(plan.slice(0, RETENUS).map((d) => d.lignes[0].vote));

    const retenu = await agent.ok<{ dossier: Record<string, unknown> }>(DOSSIER, { id: plan[0].id });
    expect(retenu.dossier).toMatchObject({ statut: 'retenu', decision: 'retenu', decisions: [{ type: 'DossierRetenu', comiteId: 'comite-2025-1' }] });
    expect((await agent.ok<{ dossier: { statut: string } }>(DOSSIER, { id: plan[16].id })).dossier.statut).toBe('non_retenu');

    // ── Conventions: a CPO 2025–2027 for asso-1, an annual one for asso-2 ──
    const cpo = await executer(agent, 'signerConvention', {
      conventionId: 'cpo-asso-1',
      typeConvention: 'pluriannuelle',
      objet: 'Ateliers scientifiques dans les quartiers',
      porteurId: 'asso-1',
      signataires: ['etat', 'epci'],
      anneeDebut: 2025,
      anneeFin: 2027,
      dateSignature: '2025-04-10',
      dossiers: [0, 6, 12].map((i) => ({ dossierId: plan[i].id, annee: 2025 })),
    });
    expect(cpo.effets!.map((effet) => [effet.dossierId, effet.commande, effet.ok])).toEqual([0, 6, 12].map((i) => [plan[i].id, 'ConventionnerDossier', true]));
    await executer(agent, 'signerConvention', {
      conventionId: 'conv-asso-2',
      typeConvention: 'annuelle',
      objet: 'Animation du centre social',
      porteurId: 'asso-2',
      signataires: ['etat'],
      anneeDebut: 2025,
      anneeFin: 2025,
      dateSignature: '2025-04-12',
      dossiers: [1, 7, 13].map((i) => ({ dossierId: plan[i].id, annee: 2025 })),
    });
    const [d0, d1] = [plan[0], plan[1]];
    const etat0 = d0.lignes[0];
    const etat1 = d1.lignes[0];
    const tranche = await executer(instructeurs.etat, 'engagerTranche', {
      conventionId: 'cpo-asso-1',
      annee: 2025,
      dossierId: d0.id,
      ligneId: 'etat:credits_specifiques',
      montant: montant(etat0.vote),
    });
    expect(tranche.effets).toMatchObject([{ dossierId: d0.id, commande: 'EngagerFinancement', ok: true }]);
    etat0.engage = etat0.vote;
    await executer(agent, 'engagerFinancement', {
      dossierId: d1.id,
      ligneId: 'etat:credits_specifiques',
      montant: montant(etat1.vote),
      numeroEngagementJuridique: 'EJ-2025-0001',
    });
    etat1.engage = etat1.vote;

    // ── Mise en œuvre: start, versements, bilan, justification, solde ──
    await executer(porteurs['asso-1'], 'demarrerAction', { dossierId: d0.id, dateDebut: '2025-05-01' });
    await executer(porteurs['asso-2'], 'demarrerAction', { dossierId: d1.id, dateDebut: '2025-05-02' });
    const avance0 = Math.floor(etat0.engage * 0.6);
    await executer(instructeurs.etat, 'enregistrerVersement', {
      dossierId: d0.id,
      ligneId: 'etat:credits_specifiques',
      type: 'avance',
      montant: montant(avance0),
      date: '2025-05-15',
    });
    await executer(instructeurs.etat, 'enregistrerVersement', {
      dossierId: d0.id,
      ligneId: 'etat:credits_specifiques',
      type: 'solde',
      montant: montant(etat0.engage - avance0),
      date: '2025-12-15',
    });
    etat0.verse = etat0.engage;
    const avance1 = Math.floor(etat1.engage / 2);
    await executer(agent, 'enregistrerVersement', {
      dossierId: d1.id,
      ligneId: 'etat:credits_specifiques',
      type: 'avance',
      montant: montant(avance1),
      date: '2025-05-20',
    });
    etat1.verse = avance1;
    await executer(porteurs['asso-1'], 'deposerBilan', {
      dossierId: d0.id,
      coutRealise: montant(euros(19_500)),
      beneficiaires: { total: 120, femmes: 70, hommes: 50, nonRenseigne: 0, parTrancheAge: [{ tranche: '11-17', nombre: 100 }], residentsQpv: 90 },
      indicateurs: [{ indicateurId: 'participants', libelle: 'Participants', valeur: 120 }],
      recit: 'Douze ateliers ont eu lieu.',
    });
    await executer(instructeurs.etat, 'justifierFinancement', { dossierId: d0.id, ligneId: 'etat:credits_specifiques', montant: montant(etat0.verse) });
    etat0.justifie = etat0.verse;
    // Only the State engaged: closing with the other voted lines unengaged takes a reason (issue 12 §12).
    await executer(agent, 'solderDossier', { dossierId: d0.id, reason: 'La Région, la CAF et l’EPCI n’ont pas engagé leur part' });

    // ── A correction after the vote, with its reason ──
    const d5 = plan[5].lignes[0];
    const correction = await executer(agent, 'corrigerMontant', {
      dossierId: plan[5].id,
      ligneId: 'etat:credits_specifiques',
      etape: 'vote',
      montant: montant(d5.vote - euros(1_000)),
      reason: 'Erreur de saisie au comité',
    });
    expect(correction.eventTypes).toEqual(['MontantCorrige']);
    d5.vote -= euros(1_000);

    // ── The dossiers say what happened ──
    const { dossier: solde } = await agent.ok<{ dossier: Record<string, unknown> }>(DOSSIER, { id: d0.id });
    expect(solde).toMatchObject({
      statut: 'solde',
      convention: { conventionId: 'cpo-asso-1', typeConvention: 'pluriannuelle' },
      bilan: { coutRealise: '19500.00', beneficiaires: { total: 120 } },
      indicateurs: [{ indicateurId: 'participants', valeur: 120 }],
      versements: [
        { type: 'avance', montant: montant(avance0) },
        { type: 'solde', montant: montant(etat0.engage - avance0) },
      ],
    });
    expect(solde.lignes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'etat:credits_specifiques',
          statut: 'justifie',
          vote: montant(etat0.vote),
          engage: montant(etat0.engage),
          verse: montant(etat0.verse),
          justifie: montant(etat0.justifie),
        }),
      ]),
    );
    const { dossier: corrige } = await agent.ok<{ dossier: { corrections: unknown[]; historique: Array<{ type: string; reason: string | null }> } }>(DOSSIER, {
      id: plan[5].id,
    });
    expect(corrige.corrections).toEqual([
      {
        ligneId: 'etat:credits_specifiques',
        etape: 'vote',
        avant: montant(d5.vote + euros(1_000)),
        apres: montant(d5.vote),
        reason: 'Erreur de saisie au comité',
        par: { userId: 'agent@mel' },
      },
    ]);
    expect(corrige.historique.at(-1)).toMatchObject({ type: 'MontantCorrige', reason: 'Erreur de saisie au comité' });

    // ── programmation(annee): counts and sums computed here from what was sent ──
    const retenus = plan.slice(0, RETENUS);
    const programmation = (await lecteur.ok<{ programmation: Programmation }>(PROGRAMMATION, { annee: 2025 })).programmation;
    expect(programmation.regleComptage.id).toBe('dossier');
    expect(programmation.comptes).toEqual({
      deposes: N,
      retenus: RETENUS,
      nonRetenus: NON_RETENUS.length,
      ajournes: AJOURNES.length,
      abandonnes: 1,
      enInstruction: 0,
      projetsRetenus: RETENUS,
      porteursDeposants: PORTEURS.length,
      porteursRetenus: new Set(retenus.map((d) => d.porteurId)).size,
      coutTotalDeposes: montant(sum(plan.map((d) => d.coutTotal))),
      coutTotalRetenus: montant(sum(retenus.map((d) => d.coutTotal))),
    });
    const parCategorie = new Map<string, { lignes: number; demande: number; vote: number; engage: number; verse: number; justifie: number }>();
    for (const l of retenus.flatMap((d) => d.lignes)) {
      const key = `${l.categorie}/${l.nature}`;
      const acc = parCategorie.get(key) ?? { lignes: 0, demande: 0, vote: 0, engage: 0, verse: 0, justifie: 0 };
      parCategorie.set(key, {
        lignes: acc.lignes + 1,
        demande: acc.demande + l.demande,
        vote: acc.vote + l.vote,
        engage: acc.engage + l.engage,
        verse: acc.verse + l.verse,
        justifie: acc.justifie + l.justifie,
      });
    }
    expect(programmation.parFinanceur).toEqual(
      [...parCategorie.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([key, acc]) => {
          const [categorie, nature] = key.split('/');
          return {
            categorie,
            nature,
            lignes: acc.lignes,
            demande: montant(acc.demande),
            propose: expect.any(String),
            vote: montant(acc.vote),
            engage: montant(acc.engage),
            verse: montant(acc.verse),
            justifie: montant(acc.justifie),
          };
        }),
    );
    for (const pilier of PILIERS) {
      const groupe = retenus.filter((d) => d.pilier.id === pilier.id);
      expect(programmation.parPilier.find((g) => g.cle === pilier.id)).toMatchObject({
        libelle: pilier.libelle,
        dossiers: groupe.length,
        porteursDistincts: new Set(groupe.map((d) => d.porteurId)).size,
        coutTotal: montant(sum(groupe.map((d) => d.coutTotal))),
        vote: { total: montant(sum(groupe.flatMap((d) => d.lignes.map((l) => l.vote)))) },
      });
    }
    for (const qpv of QPVS) {
      const groupe = retenus.filter((d) => d.qpvIds.includes(qpv.qpvId));
      expect(programmation.parQpv.find((g) => g.cle === qpv.qpvId)).toMatchObject({
        libelle: qpv.nom,
        dossiers: groupe.length,
        porteursDistincts: new Set(groupe.map((d) => d.porteurId)).size,
      });
    }
    expect(programmation.parPorteurKind.find((g) => g.cle === 'association')).toMatchObject({
      dossiers: retenus.filter((d) => d.porteurId.startsWith('asso-')).length,
    });
    const actions = (await lecteur.ok<{ programmation: Programmation }>(PROGRAMMATION, { annee: 2025, regle: 'action_declaree' })).programmation;
    expect(actions.comptes.projetsRetenus).toBe(sum(retenus.map((d) => d.nombreActions)));
    expect(actions.regleComptage.id).toBe('action_declaree');

    // ── lignesFinancement: the État's ledger over every dossier of the year ──
    const etat = plan.map((d) => d.lignes[0]);
    const { lignesFinancement } = await lecteur.ok<{ lignesFinancement: Ledger[] }>(LEDGER, { annee: 2025, financeur: 'etat' });
    const voteEtat = sum(etat.map((l) => l.vote));
    expect(lignesFinancement).toEqual([
      expect.objectContaining({
        financeurId: 'etat',
        lignes: N,
        lignesVotees: RETENUS,
        lignesRefusees: NON_RETENUS.length,
        dossiers: N,
        demande: montant(sum(etat.map((l) => l.demande))),
        vote: montant(voteEtat),
        engage: montant(sum(etat.map((l) => l.engage))),
        verse: montant(sum(etat.map((l) => l.verse))),
        justifie: montant(sum(etat.map((l) => l.justifie))),
        enveloppe: montant(euros(300_000)),
        consomme: montant(voteEtat),
        disponible: montant(euros(300_000) - voteEtat),
        depassement: false,
      }),
    ]);
    const tous = (await lecteur.ok<{ lignesFinancement: Ledger[] }>(LEDGER, { annee: 2025 })).lignesFinancement;
    expect(tous.map((row) => row.financeurId)).toEqual(['caf', 'epci', 'etat', 'region']);
    const caf = plan.flatMap((d) => d.lignes.filter((l) => l.financeurId === 'caf'));
    expect(tous.find((row) => row.financeurId === 'caf')).toMatchObject({
      demande: montant(sum(caf.map((l) => l.demande))),
      vote: montant(sum(caf.map((l) => l.vote))),
      enveloppe: montant(euros(100_000)),
    });

    // ── As of just after the comité: the voted figures; now: the corrected ones ──
    const alors = (await lecteur.ok<{ programmation: Programmation }>(PROGRAMMATION, { annee: 2025, asOf: apresComite })).programmation;
    const etatCs = (p: Programmation) => p.parFinanceur.find((row) => row.categorie === 'etat_credits_specifiques')!;
    expect(etatCs(alors).vote).toBe(montant(voteEtatAuComite));
    expect(etatCs(programmation).vote).toBe(montant(voteEtatAuComite - euros(1_000)));
    expect(etatCs(alors).engage).toBe('0.00');
    expect(alors.comptes.retenus).toBe(RETENUS);

    // ── The porteur's own space ──
    const { espacePorteur } = await porteurs['asso-1'].ok<{ espacePorteur: Espace }>(ESPACE);
    expect(espacePorteur.porteur).toEqual({ id: 'asso-1', nom: PORTEURS[0].nom, kind: 'association' });
    expect(espacePorteur.annees).toEqual([
      { annee: 2025, dossiers: 4, retenus: 3, demande: expect.any(String), vote: expect.any(String), verse: montant(etat0.verse) },
    ]);
    expect(espacePorteur.dossiers.totalCount).toBe(4);
    expect(espacePorteur.conventions.map((c) => c.id)).toEqual(['cpo-asso-1']);
  });
});

interface MontantsGroupe {
  total: string;
}
interface Programmation {
  regleComptage: { id: string };
  comptes: Record<string, number | string>;
  parFinanceur: Array<{ categorie: string; nature: string; lignes: number; demande: string; vote: string; engage: string }>;
  parPilier: Array<{ cle: string | null; libelle: string; dossiers: number; porteursDistincts: number; vote: MontantsGroupe }>;
  parQpv: Array<{ cle: string | null; libelle: string; dossiers: number; porteursDistincts: number }>;
  parPorteurKind: Array<{ cle: string | null; dossiers: number }>;
}
interface Ledger {
  financeurId: string;
  demande: string;
  vote: string;
}
interface Espace {
  porteur: { id: string; nom: string; kind: string } | null;
  annees: unknown[];
  dossiers: { totalCount: number };
  conventions: Array<{ id: string }>;
}

const GROUPE =
  'cle libelle projets dossiers porteursDistincts coutTotal demande { total droitCommun creditsSpecifiques } vote { total droitCommun creditsSpecifiques }';
const PROGRAMMATION = `query($annee: Int!, $regle: RegleComptage, $asOf: DateTime) { programmation(annee: $annee, regleDeComptage: $regle, asOf: $asOf) {
  annee regleComptage { id libelle description }
  comptes { deposes retenus nonRetenus ajournes abandonnes enInstruction projetsRetenus porteursDeposants porteursRetenus coutTotalDeposes coutTotalRetenus }
  parFinanceur { categorie nature lignes demande propose vote engage verse justifie }
  parPilier { ${GROUPE} } parThematique { ${GROUPE} } parQpv { ${GROUPE} } parPorteurKind { ${GROUPE} }
} }`;
const LEDGER = `query($annee: Int!, $financeur: String) { lignesFinancement(annee: $annee, financeur: $financeur) {
  financeurId financeurNom categories lignes lignesVotees lignesRefusees dossiers demande propose vote engage verse justifie
  droitCommun { vote } creditsSpecifiques { vote } enveloppe consomme disponible depassement
} }`;
const ESPACE = `query { espacePorteur(first: 10) { porteur { id nom kind } annees { annee dossiers retenus demande vote verse } dossiers { totalCount edges { node { id statut } } } conventions { id } } }`;
