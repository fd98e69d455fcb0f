/**
 * The one text normaliser: what documents spell in several ways ("Mont-Liébaud" / "Mont Liébaut", "Vandœuvre" /
 * "Vandoeuvre") compares equal once normalised. Labels themselves are always stored verbatim; these build search
 * keys, sort keys and id fragments.
 */

/** Lower case, no diacritics, ligatures expanded, punctuation folded to single spaces. */
export function normaliserTexte(value: string): string {
  return value
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'AE')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A stable identifier fragment from a label ("Centre-Ville (Condé)" → "centre-ville-conde"), cut at a dash. */
export function slug(value: string, maxLength = 60): string {
  const base = normaliserTexte(value).replace(/ /g, '-');
  return base.length <= maxLength ? base : base.slice(0, maxLength).replace(/-+$/, '');
}

/** True when two labels denote the same words once accents, case and punctuation are ignored. */
export function memeTexte(a: string, b: string): boolean {
  return normaliserTexte(a) === normaliserTexte(b);
}

/** Escapes a user string for use inside a regular expression (MongoDB `$regex`). */
export function echapperRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
