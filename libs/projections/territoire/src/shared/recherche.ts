import { echapperRegex, normaliserTexte } from '@cdv/shared-kernel';

/** Search keys of a labelled thing: its name and every alias, normalised (accents, case, punctuation). */
export function clesRecherche(...labels: ReadonlyArray<string | null | undefined>): string[] {
  return [
    ...new Set(
      labels
        .filter((label): label is string => !!label)
        .map(normaliserTexte)
        .filter(Boolean),
    ),
  ];
}

/** A "contains" condition on normalised search keys, safe for user input. */
export function contient(texte: string): { $regex: string } {
  return { $regex: echapperRegex(normaliserTexte(texte)) };
}

export function ajouterSansDoublon<T>(values: readonly T[], value: T, same: (a: T, b: T) => boolean = (a, b) => a === b): T[] {
  return values.some((known) => same(known, value)) ? [...values] : [...values, value];
}
