import type { FinanceurCategorie, ModaliteFinancement, NatureFinancement } from '@cdv/domain-programmation';
import { normaliser } from '@cdv/projections-programmation';
import { slug } from '@cdv/shared-kernel';

// The readers of the labels people type in the cells (natures, modalités, categories, lists, ids from labels).

/** Cells listing several values: `;`, `,`, `/`, `|`, ` et ` or line breaks. */
export function liste(text: string): string[] {
  return text
    .split(/[;,/|\n]| et /)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** « Fonds de Cohésion Sociale » and `fonds-cohesion-sociale` compare equal: words without the French articles. */
export function sansArticles(text: string): string {
  return normaliser(text.replace(/[-_]/g, ' '))
    .split(' ')
    .filter((word) => word && !['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'a', 'au', 'aux', 'et'].includes(word))
    .join(' ');
}

/** An id from a label, whole (no length cut: two long labels must not meet), never empty. */
export function idDeLibelle(text: string): string {
  return slug(text, Number.POSITIVE_INFINITY) || 'x';
}

export function lireNature(text: string): NatureFinancement | undefined {
  const t = normaliser(text);
  if (/(specifique|politique de la ville|bop 147|^cs$|^pv$|cget|anct)/.test(t)) return 'credits_specifiques';
  if (/(droit commun|^dc$)/.test(t)) return 'droit_commun';
  return undefined;
}

export function lireModalite(text: string): ModaliteFinancement | undefined {
  const t = normaliser(text);
  if (/^(en nature|nature|valorisation|mise a disposition)$/.test(t)) return 'nature';
  if (/^(technique|appui technique|soutien technique|accompagnement technique)$/.test(t)) return 'technique';
  return undefined;
}

const CATEGORIES: Array<[RegExp, FinanceurCategorie]> = [
  [/(etat.*(cget|bop 147|politique de la ville|specifique)|^cget$|^anct$|bop 147)/, 'etat_credits_specifiques'],
  [/(etat.*droit commun|^etat$|cnds|^ars$|prefecture)/, 'etat_droit_commun'],
  [/region/, 'region'],
  [/departement/, 'departement'],
  [/(^caf|allocations familiales)/, 'caf'],
  [/(epci|agglomeration|metropole|communaute)/, 'epci'],
  [/(commune|^ville)/, 'communes'],
  [/(autre|bailleur|operateur)/, 'autres'],
];

export function lireCategorie(text: string): FinanceurCategorie | undefined {
  const t = normaliser(text);
  return CATEGORIES.find(([pattern]) => pattern.test(t))?.[1];
}
