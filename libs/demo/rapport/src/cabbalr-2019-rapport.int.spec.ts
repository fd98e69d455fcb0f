import { aggregate } from 'mingo';
import type { Command, CommandHandler, MemoryEventStore, RecordedEvent } from '@cdv/eventsourcing';
import { dossierDecider, dossierStream, ligneIdDe } from '@cdv/domain-programmation';
import { programmationSummaryPipeline, withExactSums, type ProgrammationSummary } from '@cdv/projections-programmation';
import { assemblerRapport, documentDeVersion, documentEnCours, lireEntreesRapport, lireRapport, type RapportAnnuel } from '@cdv/projections-rapport';
import { mondeCabbalr2019 } from './cabbalr-2019.mother';
import { CHIFFRES_IMPRIMES_CABBALR_2019 } from './cabbalr-2019-rapport.data';
import { REGLES_DEMO } from '@cdv/demo-programmation';

/**
 * The rapport annuel 2019 of the demo workspace `cabbalr`, built by the real seeds (territoire, programmation,
 * rapport) into a store, read back through the real projections and query shapes (mingo), assembled, arrêté and
 * consulted — then compared with what seed 003 prints (docs/domain/rapport-annuel.md).
 */
describe('CABBALR 2019: the rapport annuel from the demo workspace', () => {
  const tenantId = 'cabbalr';
  let monde: Awaited<ReturnType<typeof mondeCabbalr2019>>;
  let store: MemoryEventStore;
  let handler: CommandHandler;
  let rapport: RapportAnnuel;
  let position: number;
  const vue = (at: number) => monde.vue(at);
  const assembler = (at: number) => monde.assembler(at);

  beforeAll(async () => {
    monde = await mondeCabbalr2019();
    ({ store, handler, rapport, position } = monde);
  }, 60_000);

  it('tables per pilier and thématique equal section 3 of the report (L513–L811) under the rule that counts declared actions', () => {
    expect(rapport.regleComptage).toBe('action_declaree');
    const euros = (c: { valeur: number }) => c.valeur / 100;
    const ligne = (l: RapportAnnuel['programmation']['piliers'][number]['thematiques'][number]) => [
      l.projets.valeur,
      euros(l.droitCommun),
      euros(l.creditsSpecifiques),
    ];
    const piliers = Object.fromEntries(rapport.programmation.piliers.map((p) => [p.cle, ligne(p)]));
    expect(piliers).toEqual({ 'v1.P1': [96, 717_269, 1_595_490], 'v1.P2': [10, 13_005, 90_133], 'v1.P3': [24, 454_883, 406_645] });
    const thematiques = Object.fromEntries(rapport.programmation.piliers.flatMap((p) => p.thematiques).map((t) => [t.cle, ligne(t)]));
    expect(thematiques).toEqual({
      education: [23, 295_733, 773_782],
      sante: [15, 110_140, 135_624],
      sport: [5, 56_540, 63_540],
      culture: [13, 53_336, 106_028],
      numerique: [7, 0, 101_869],
      'environnement-mobilite': [15, 60_964, 208_799],
      prevention: [3, 0, 33_900],
      'acces-aux-droits': [5, 53_387, 26_235],
      'participation-des-habitants': [10, 87_169, 145_713],
    });
    // Every printed cell of these tables is compared; the projets and amounts agree, the porteurs agree or are explained.
    const tableaux = rapport.comparaisons.filter((c) => c.cle.startsWith('rapport.tableau_'));
    expect(tableaux).toHaveLength(12 * 4);
    expect(tableaux.filter((c) => c.cle !== 'rapport.tableau_porteurs' && c.statut !== 'concorde')).toEqual([]);
    const porteurs = tableaux.filter((c) => c.cle === 'rapport.tableau_porteurs' && c.statut !== 'concorde');
    const expliques = CHIFFRES_IMPRIMES_CABBALR_2019.filter((c) => c.cle === 'rapport.tableau_porteurs' && c.explication).map(
      (c) => `rapport-cabbalr-2019-${c.id}`,
    );
    expect(porteurs.map((c) => c.chiffreId).every((id) => expliques.includes(id))).toBe(true);
  });

  it('counts every action of a table once, each with the dossier it can be opened into', () => {
    const education = rapport.programmation.piliers.flatMap((p) => p.thematiques).find((t) => t.cle === 'education')!;
    const pre = education.actions.find((a) => a.titre === 'PRE')!;
    expect(pre).toMatchObject({ nombreActions: 8, sousPriorite: '10.3', lieu: expect.stringContaining('Béthune') });
    expect(education.projets.dossiers).toContain(pre.dossierId);
    expect(education.projets.dossiers).toHaveLength(16);
    expect(rapport.regles[education.projets.regle].libelle).toMatch(/Actions déclarées/);
  });

  it('agrees with the programmation summary pipeline (the dashboards’ figures) for every rule', async () => {
    const view = await vue(position);
    const dossiers = await view.readModel('dossiers').find<Record<string, unknown>>({});
    for (const regle of ['dossier', 'action_declaree', 'dossier_credits_specifiques'] as const) {
      const [summary] = withExactSums<ProgrammationSummary[]>(aggregate(dossiers, programmationSummaryPipeline({ annee: 2019, regle })));
      const autre = regle === 'action_declaree' ? rapport : await assemblerRapport({ ...(await entrees()), regle });
      expect(autre.programmation.entete.retenus.valeur).toBe(summary.comptes.projetsRetenus);
      expect(
        autre.programmation.piliers.map((p) => [p.cle, p.projets.valeur, p.porteursDistincts.valeur, p.droitCommun.valeur, p.creditsSpecifiques.valeur]),
      ).toEqual(summary.parPilier.map((g) => [g.cle, g.projets, g.porteursDistincts, g.vote.droitCommun, g.vote.creditsSpecifiques]));
    }
    async function entrees() {
      return lireEntreesRapport(view, { tenantId, annee: 2019, etabliAu: { position, asOf: null }, regles: REGLES_DEMO.cabbalr });
    }
  });

  it('shows every difference with the figures of sections 1–2 and explains each in the notes, never hiding one', async () => {
    const cycle = (await lireRapport(await vue(await store.headPosition()), 2019))!;
    const document = documentDeVersion(cycle);
    const cles = new Set(document.notes.map((n) => n.cle));
    for (const cle of [
      'rapport.projets_deposes',
      'rapport.projets_retenus',
      'rapport.projets_retenus_par_pilier',
      'rapport.cout_total',
      'rapport.part_financeur',
      'rapport.credits_etat',
    ]) {
      expect(cles).toContain(cle);
    }
    const sansExplication = document.notes.filter((n) => n.explication === null).map((n) => `${n.chiffreId} ${n.valeurImprimee} ≠ ${n.calculee}`);
    expect(sansExplication).toEqual([]);
    const retenus = document.notes.find((n) => n.chiffreId === 'rapport-cabbalr-2019-retenus')!;
    expect(retenus).toMatchObject({ declaree: '129', calculee: '130', ecart: '1', statut: 'ecart', regle: 'action_declaree' });
    expect(retenus.autresRegles).toEqual([
      { regle: 'dossier', valeur: '123' },
      { regle: 'dossier_credits_specifiques', valeur: '123' },
    ]);
    expect(retenus.explication!.texte).toMatch(/127 projets retenus et accompagnés/);
    const pilotage = document.notes.find((n) => n.chiffreId === 'rapport-cabbalr-2019-retenus-pilotage')!;
    expect(pilotage).toMatchObject({ statut: 'non_calculable', calculee: null });
    // What agrees is not a note: the fonds de concours total (191 974 €, L420) is exactly the three operations.
    expect(document.notes.find((n) => n.chiffreId === 'rapport-cabbalr-2019-fdc-pv-montant')).toBeUndefined();
    expect(document.sections.map((s) => s.sectionId)).toEqual(['introduction', 'geographie-prioritaire', 'analyse-npnru', 'conclusion-perspectives']);
  });

  it('accounts for the dispositifs with their rules: Fonds de Cohésion Sociale lines, fonds de concours operations', () => {
    const [fcs, majore, pv] = rapport.dispositifs;
    expect(fcs).toMatchObject({
      dispositifId: 'fonds-cohesion-sociale',
      total: { valeur: 12_000_00 },
      reglesFinancement: [{ id: 'fcs-egal-part-communale' }, { id: 'fcs-plafond-2000' }],
    });
    expect(fcs.lignes.actions).toHaveLength(6);
    expect(pv).toMatchObject({
      dispositifId: 'fonds-de-concours-pv',
      totalOperations: 191_974_00,
      beneficiairesOperations: 3,
      calcul: { tauxMaxPourcentage: 40 },
    });
    expect(pv.operations.map((o) => [o.beneficiaire, o.montantAide / 100, o.plafondCalcule! / 100])).toEqual([
      ['DIVION', 51_974, 51_974],
      ['HERSIN-COUPIGNY', 70_000, 70_000],
      ['NOEUX-LES-MINES', 70_000, 70_000],
    ]);
    expect(majore.operations).toEqual([expect.objectContaining({ beneficiaire: 'LILLERS', montantAide: 280_000_00, dontPolitiqueVille: 35_000_00 })]);
  });

  it('annexes the avis the document annexes and counts the silent conseils citoyens as favourable', async () => {
    const cycle = (await lireRapport(await vue(await store.headPosition()), 2019))!;
    const { consultation, etat } = documentDeVersion(cycle);
    expect(etat).toMatchObject({ statut: 'consultation_close', version: 1, arreteLe: '2020-09-29', signataire: { nom: 'Eric EDOUARD' } });
    expect(consultation!.avis.map((a) => [a.destinataireId, a.sens, a.seanceLe])).toEqual([
      ['commune-maire-frederic-wallet', 'approuve', '2020-11-02'],
      ['bruay-la-buissiere', 'prend_acte', '2020-11-07'],
      ['marles-les-mines', 'favorable', '2020-11-18'],
    ]);
    expect(consultation).toMatchObject({ echeance: '2020-11-20', delaiParDefaut: true, closeLe: '2020-11-21' });
    expect(consultation!.avisTacites).toEqual(['cc-auchel-centre-ville-cite-3', 'cc-quartier-du-regain', 'cc-beuvry-renaissance', 'cc-la-fosse-7']);
  });

  it('keeps the arrêté figures after a later correction while the report assembled now shows the new ones', async () => {
    const [depot] = (await store.readAll()).filter((e: RecordedEvent) => e.type === 'DossierDepose' && (e.data as { titre: string }).titre === 'PRE');
    const dossierId = (depot.data as { dossierId: string }).dossierId;
    const outcome = await handler.handle(dossierDecider, {
      stream: dossierStream(tenantId, dossierId),
      command: {
        type: 'CorrigerMontant',
        data: { dossierId, ligneId: ligneIdDe('etat', 'credits_specifiques'), etape: 'vote', montant: 390_000_00, contexte: { regles: REGLES_DEMO.cabbalr } },
        metadata: {
          tenantId,
          actor: { userId: 'agent', role: 'agent' },
          source: 'api',
          now: new Date().toISOString(),
          reason: 'erreur de saisie du vote du PRE',
        },
      } as Command,
    });
    expect(outcome.ok).toBe(true);
    const head = await store.headPosition();
    const maintenant = await assembler(head);
    const education = (r: RapportAnnuel) => r.programmation.piliers.flatMap((p) => p.thematiques).find((t) => t.cle === 'education')!.creditsSpecifiques.valeur;
    expect(education(maintenant)).toBe(education(rapport) - 10_809_00);
    const fige = documentDeVersion((await lireRapport(await vue(head), 2019))!);
    expect(education(fige.rapport)).toBe(education(rapport));
    expect(fige.rapport.etabliAu.position).toBe(position);
    // the report as of the arrêté's position is the frozen one, byte for byte
    expect(JSON.stringify(await assembler(position))).toBe(JSON.stringify(fige.rapport));
    expect(documentEnCours(maintenant, null).etat.statut).toBe('projet');
  });
});
