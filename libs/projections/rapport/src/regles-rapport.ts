import { REGLES_COMPTAGE, type RegleComptage } from '@cdv/projections-programmation';
import type { DossierDetailDocument } from '@cdv/projections-programmation';
import type { Chiffre, RegleRapport } from './rapport-annuel.types';

/** What the assembly reads of a dossier (the `dossier_details` document without its history: rapport.queries.ts). */
export type DossierRapport = Omit<DossierDetailDocument, 'historique' | 'avis' | 'versements' | 'corrections' | 'texte' | 'triTitre'>;

/**
 * Every rule a figure of the report names. The three counting rules are the programmation's (REGLES_COMPTAGE:
 * seed 003 counts 129, 127 and 130 projects for the same year); the others say what a sum adds up.
 */
export const REGLES_RAPPORT: Record<string, RegleRapport> = {
  ...Object.fromEntries(Object.values(REGLES_COMPTAGE).map((r) => [r.id, { libelle: r.libelle, description: r.description }])),
  porteurs_distincts: {
    libelle: 'Porteurs distincts',
    description:
      'COUNT DISTINCT of the porteurs of the dossiers counted: never added across groups (a porteur active in two thématiques counts once in the pilier).',
  },
  somme_cout_total: { libelle: 'Σ coût total des dossiers', description: 'Sum of the total cost (« dépenses cumulées ») of the dossiers counted.' },
  somme_vote_droit_commun: {
    libelle: 'Σ subventions de droit commun votées',
    description: 'Sum of the voted amounts of the droit commun lines of the retained dossiers.',
  },
  somme_vote_credits_specifiques: {
    libelle: 'Σ crédits spécifiques votés',
    description: 'Sum of the voted amounts of the crédits spécifiques lines (politique de la ville, every financeur) of the retained dossiers.',
  },
  somme_vote_categorie: {
    libelle: 'Σ votée par catégorie de financeur',
    description: 'Sum of the voted amounts of the lines of one financeur category, retained dossiers.',
  },
  cout_non_couvert: {
    libelle: 'Coût non couvert par une ligne votée',
    description: 'Total cost of the retained dossiers minus every voted line: the porteurs’ own share and co-financing not recorded.',
  },
  somme_vote_etat_bop147: {
    libelle: 'Σ crédits de l’État BOP 147 votés',
    description: 'Sum of the voted amounts of the lines of category « État – crédits spécifiques » (BOP 147, the former CGET credits), retained dossiers.',
  },
  reussite_educative: {
    libelle: 'dont réussite éducative',
    description: 'The BOP 147 sum restricted to dossiers classed « Réussite éducative » (CGET thematic, thématique, priorité or sous-priorité).',
  },
  somme_vote_dispositif: {
    libelle: 'Σ votée sur le dispositif',
    description: 'Sum of the voted amounts of the lines tagged with the dispositif, retained dossiers.',
  },
  somme_operations_dispositif: {
    libelle: 'Σ des opérations du dispositif',
    description: 'Sum of the aid of the dispositif’s operations of the year (cancelled ones excluded).',
  },
  dossiers_avec_bilan: { libelle: 'Dossiers retenus avec bilan', description: 'Retained dossiers whose porteur has deposited the bilan.' },
  dossiers_sans_bilan: { libelle: 'Dossiers retenus sans bilan', description: 'Retained dossiers with no bilan yet: their beneficiaries are not counted.' },
  somme_bilans: {
    libelle: 'Σ des bilans',
    description: 'Sum over the bilans of the retained dossiers (people counted by each action: one person in two actions counts twice).',
  },
};

export const REGLE_PAR_DEFAUT: RegleComptage = 'action_declaree';

/** How much a dossier weighs under a counting rule (as programmation-summary.queries.ts `poids`). */
export function poids(regle: RegleComptage, dossier: Pick<DossierRapport, 'nombreActions' | 'lignes'>): number {
  switch (regle) {
    case 'dossier':
      return 1;
    case 'action_declaree':
      return dossier.nombreActions;
    case 'dossier_credits_specifiques':
      return dossier.lignes.some((l) => l.categorie === 'etat_credits_specifiques' && l.vote > 0) ? 1 : 0;
  }
}

const parId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A figure over dossiers: `valeur` from the dossiers (sum of `mesure`), ids sorted, dossiers weighing nothing left out. */
export function chiffre<D extends { dossierId: string }>(regle: string, dossiers: readonly D[], mesure: (d: D) => number): Chiffre {
  let valeur = 0;
  const ids: string[] = [];
  for (const d of dossiers) {
    const v = mesure(d);
    if (v === 0) continue;
    valeur += v;
    ids.push(d.dossierId);
  }
  return { valeur, regle, dossiers: ids.sort(parId) };
}

/** COUNT DISTINCT of porteurs; the dossiers behind it are all the group's dossiers. */
export function porteursDistincts(dossiers: readonly DossierRapport[]): Chiffre {
  return { valeur: new Set(dossiers.map((d) => d.porteur.id)).size, regle: 'porteurs_distincts', dossiers: dossiers.map((d) => d.dossierId).sort(parId) };
}

export const estRetenu = (d: Pick<DossierRapport, 'decision'>) => d.decision === 'retenu';

/** Compares strings as codes with numbers in them: « 2.10 » after « 2.9 », « 10.1 » after « 9.3 ». */
export function comparerCodes(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  // by hand rather than localeCompare: the order must not depend on the machine's ICU data
  const ta = a.match(/\d+|\D+/g) ?? [];
  const tb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const [x, y] = [ta[i], tb[i]];
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    return numeric ? Number(x) - Number(y) : parId(x, y);
  }
  return ta.length - tb.length;
}

export { parId };
