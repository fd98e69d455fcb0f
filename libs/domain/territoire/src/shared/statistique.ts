import { refuse, type Refusal } from '@cdv/eventsourcing';
import { estDecimal, type Decimal } from './decimal';
import { estTexteNonVide } from './text';

/** The scale a statistic describes (seed 003 §1.4: a QPV, the average of the QPV, the EPCI, the département…). */
export const PERIMETRES_STATISTIQUE = ['qpv', 'ensemble_qpv', 'commune', 'epci', 'departement', 'region', 'france', 'autre'] as const;
export type PerimetreStatistique = (typeof PERIMETRES_STATISTIQUE)[number];

/**
 * One observation (population, taux d'emploi…) with its source, vintage and scope. The printed value is kept
 * verbatim; `valeur` holds the number when the print is a single plain number.
 */
export interface Statistique {
  /** Stable key of what is measured, e.g. "population", "taux_emploi". */
  indicateur: string;
  libelle: string;
  valeur: Decimal | null;
  valeurImprimee: string;
  unite: string | null;
  /** Producer of the figure ("Insee", "Fileas-Cnaf", or the document that prints it). */
  source: string;
  /** Vintage as given ("2013"); null when the document gives none. */
  millesime: string | null;
  perimetre: PerimetreStatistique;
  /** Free precision of the scope, e.g. "QPV du département", "Le Centre (Bruay)". */
  precisionPerimetre: string | null;
}

/** Two observations with the same key describe the same thing: a different value is a correction. */
export function cleStatistique(statistique: Statistique): string {
  return [statistique.indicateur, statistique.millesime ?? '', statistique.perimetre, statistique.precisionPerimetre ?? '', statistique.source].join('|');
}

export function validerStatistique(statistique: Statistique | undefined, field = 'statistique'): Refusal | null {
  if (!statistique || typeof statistique !== 'object') return refuse.validation(field, 'a statistic is required');
  if (!/^[a-z0-9_.-]+$/.test(statistique.indicateur ?? '')) {
    return refuse.validation(`${field}.indicateur`, 'indicateur must be a key (lower-case letters, digits, _ . -)');
  }
  if (!estTexteNonVide(statistique.libelle)) return refuse.validation(`${field}.libelle`, 'the label is required');
  if (!estTexteNonVide(statistique.valeurImprimee)) return refuse.validation(`${field}.valeurImprimee`, 'the value as printed is required');
  if (statistique.valeur !== null && !estDecimal(statistique.valeur)) {
    return refuse.validation(`${field}.valeur`, `"${statistique.valeur}" is not a decimal number`);
  }
  if (!estTexteNonVide(statistique.source)) return refuse.validation(`${field}.source`, 'the source is required');
  if (!PERIMETRES_STATISTIQUE.includes(statistique.perimetre)) {
    return refuse.validation(`${field}.perimetre`, `perimetre must be one of ${PERIMETRES_STATISTIQUE.join(', ')}`);
  }
  return null;
}

export function statistiqueNormalisee(statistique: Statistique): Statistique {
  return {
    indicateur: statistique.indicateur,
    libelle: statistique.libelle,
    valeur: statistique.valeur ?? null,
    valeurImprimee: statistique.valeurImprimee,
    unite: statistique.unite ?? null,
    source: statistique.source,
    millesime: statistique.millesime ?? null,
    perimetre: statistique.perimetre,
    precisionPerimetre: statistique.precisionPerimetre ?? null,
  };
}
