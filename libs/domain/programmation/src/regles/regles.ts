import { euros, type Cents } from '@cdv/eventsourcing';
import type { FinanceurCategorie, NatureFinancement, PorteurKind } from '../shared/references';

/**
 * Financing rules are tenant configuration (data, not code): each EPCI states its own funds' rules, e.g. CABBALR
 * (seed 003 §4.3): the Fonds de Cohésion Sociale gives at most 2 000 € and exactly the commune's share; the Fonds de
 * Concours « Politique de la Ville » gives 40 % of the eligible expenses, capped at 70 000 €.
 *
 * The application reads the tenant's rules and puts them in the command (`contexte.regles`); the dossier decider
 * evaluates them when a line is asked, proposed, voted or corrected. `bloquant` rules refuse the command,
 * `avertissement` rules let it through and the warning is recorded on the event.
 */

export const ETAPES_REGLE = ['demande', 'propose', 'vote'] as const;
export type EtapeRegle = (typeof ETAPES_REGLE)[number];

/** Which lines a rule is about. Every given criterion must match; an empty selector matches every line. */
export interface SelecteurLigne {
  financeurIds?: string[];
  categories?: FinanceurCategorie[];
  natures?: NatureFinancement[];
  /** Dispositif ids, e.g. `fonds-cohesion-sociale`, `fonds-de-concours-pv`, `bop-147`. */
  dispositifs?: string[];
}

interface RegleCommune {
  id: string;
  libelle: string;
  /** `bloquant`: a violation refuses the command; `avertissement`: recorded on the event, the command goes through. */
  application: 'bloquant' | 'avertissement';
  /** The lines the rule constrains. */
  cible: SelecteurLigne;
  /** Stages at which the rule is checked; all when absent. */
  etapes?: EtapeRegle[];
  /** Only for dossiers of these porteur kinds (e.g. conseils citoyens); every porteur when absent. */
  porteurKinds?: PorteurKind[];
}

export type RegleFinancement = RegleCommune &
  (
    | { type: 'plafond'; montantMax: Cents }
    | { type: 'minimum'; montantMin: Cents }
    /** min(taux × assiette, plafond): the fonds de concours calculator. */
    | { type: 'taux_max'; tauxMaxPourcentage: number; assiette: 'cout_total' | 'depenses_eligibles'; plafond?: Cents }
    /** The target line must equal the sum of the reference lines (the FCS « égale à celle de la commune »). */
    | { type: 'egal_a'; reference: SelecteurLigne }
  );

export interface LigneEvaluee {
  ligneId: string;
  financeurId: string;
  categorie: FinanceurCategorie;
  nature: NatureFinancement;
  dispositif?: string;
  /** The line's current amount at its latest stage (voté, else proposé, else demandé). */
  montant: Cents;
}

export interface ContexteEvaluation {
  etape: EtapeRegle;
  /** The line being asked, proposed, voted or corrected, with its new amount. */
  ligne: LigneEvaluee;
  /** The dossier's other lines. */
  autresLignes: readonly LigneEvaluee[];
  coutTotal: Cents;
  depensesEligibles?: Cents;
  porteurKind: PorteurKind;
}

interface Violation {
  regleId: string;
  libelle: string;
  message: string;
  /** The highest amount the rule allows, when it is a ceiling. */
  montantMax?: Cents;
  /** The amount the rule expects, when it is an equality. */
  montantAttendu?: Cents;
}

/** What events record: the warnings raised when the amount was set. */
export type Avertissement = Violation & { resultat: 'warning' };

export type ResultatRegle = { regleId: string; libelle: string; resultat: 'ok' } | Avertissement | (Violation & { resultat: 'refus' });

export function correspond(selecteur: SelecteurLigne, ligne: Pick<LigneEvaluee, 'financeurId' | 'categorie' | 'nature' | 'dispositif'>): boolean {
  return (
    (!selecteur.financeurIds || selecteur.financeurIds.includes(ligne.financeurId)) &&
    (!selecteur.categories || selecteur.categories.includes(ligne.categorie)) &&
    (!selecteur.natures || selecteur.natures.includes(ligne.nature)) &&
    (!selecteur.dispositifs || (ligne.dispositif !== undefined && selecteur.dispositifs.includes(ligne.dispositif)))
  );
}

/** Evaluates the rules that apply to the line at this stage; rules that do not apply are left out of the result. */
export function evaluerRegles(regles: readonly RegleFinancement[], contexte: ContexteEvaluation): ResultatRegle[] {
  return regles.filter((regle) => applicable(regle, contexte)).map((regle) => evaluer(regle, contexte));
}

function applicable(regle: RegleFinancement, contexte: ContexteEvaluation): boolean {
  return (
    correspond(regle.cible, contexte.ligne) &&
    (!regle.etapes || regle.etapes.includes(contexte.etape)) &&
    (!regle.porteurKinds || regle.porteurKinds.includes(contexte.porteurKind))
  );
}

function evaluer(regle: RegleFinancement, { ligne, autresLignes, coutTotal, depensesEligibles }: ContexteEvaluation): ResultatRegle {
  const violation = (message: string, extra: { montantMax?: Cents; montantAttendu?: Cents } = {}): ResultatRegle => ({
    regleId: regle.id,
    libelle: regle.libelle,
    resultat: regle.application === 'bloquant' ? ('refus' as const) : ('warning' as const),
    message,
    ...extra,
  });
  const ok: ResultatRegle = { regleId: regle.id, libelle: regle.libelle, resultat: 'ok' };
  switch (regle.type) {
    case 'plafond':
      return ligne.montant <= regle.montantMax
        ? ok
        : violation(`${euros(ligne.montant)} exceeds the ceiling of ${euros(regle.montantMax)}`, { montantMax: regle.montantMax });
    case 'minimum':
      return ligne.montant >= regle.montantMin ? ok : violation(`${euros(ligne.montant)} is under the minimum of ${euros(regle.montantMin)}`);
    case 'taux_max': {
      const base = regle.assiette === 'depenses_eligibles' ? (depensesEligibles ?? coutTotal) : coutTotal;
      // Integer arithmetic on cents; a fraction of a cent is never owed.
      const parTaux = Math.floor((base * regle.tauxMaxPourcentage) / 100);
      const max = regle.plafond === undefined ? parTaux : Math.min(parTaux, regle.plafond);
      return ligne.montant <= max
        ? ok
        : violation(
            `${euros(ligne.montant)} exceeds ${regle.tauxMaxPourcentage} % of ${euros(base)}${regle.plafond === undefined ? '' : ` capped at ${euros(regle.plafond)}`} = ${euros(max)}`,
            { montantMax: max },
          );
    }
    case 'egal_a': {
      const references = autresLignes.filter((autre) => correspond(regle.reference, autre));
      const attendu = references.reduce((sum, autre) => sum + autre.montant, 0);
      if (!references.length) return violation('no reference line (e.g. the commune\u2019s share) on this dossier', { montantAttendu: 0 });
      return ligne.montant === attendu
        ? ok
        : violation(`${euros(ligne.montant)} must equal the reference share of ${euros(attendu)}`, { montantAttendu: attendu });
    }
  }
}
