import { normaliserTexte } from '@cdv/shared-kernel';

/**
 * Lower-case, accents, ligatures (« Nœux ») and punctuation removed: what text filters and title sorts compare.
 * Remembered per text: a dossier's search keys are derived again at each of its events, from the same labels.
 */
export function normaliser(text: string): string {
  let normalised = NORMALISES.get(text);
  if (normalised === undefined) {
    normalised = normaliserTexte(text);
    if (NORMALISES.size >= NORMALISES_MAX) NORMALISES.clear();
    NORMALISES.set(text, normalised);
  }
  return normalised;
}

const NORMALISES = new Map<string, string>();
const NORMALISES_MAX = 20_000;
