import { normaliserTexte } from '@cdv/shared-kernel';

/** Text checks of the référentiel; the normaliser itself is the shared kernel's (libs/shared-kernel/src/texte.ts). */
export function estTexteNonVide(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

/** Aliases worth keeping: trimmed, none equal to the name or to each other once normalised. */
export function aliasDistincts(nom: string, alias: readonly string[]): string[] {
  const seen = new Set([normaliserTexte(nom)]);
  const kept: string[] = [];
  for (const raw of alias) {
    const value = raw.trim();
    const key = normaliserTexte(value);
    if (!seen.has(key)) {
      seen.add(key);
      kept.push(value);
    }
  }
  return kept;
}
