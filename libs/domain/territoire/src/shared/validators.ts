/**
 * Validators of the official identifiers, exported for the GraphQL scalars (`Siret`, `CodeQpv`) and the
 * importers. They check the canonical form only; `normaliser*` helpers turn printed forms into it.
 */

/** RNA (répertoire national des associations): "W" + 9 characters; Corsican départements write 2A/2B. */
export function estRnaValide(value: unknown): value is string {
  return typeof value === 'string' && /^W(?:\d{9}|2[AB]\d{7})$/.test(value);
}

/** INSEE commune code (COG): 5 characters, Corsica "2A"/"2B" + 3 digits. */
export function estCodeInseeValide(value: unknown): value is string {
  return typeof value === 'string' && /^(?:\d{5}|2[AB]\d{3})$/.test(value);
}

/**
 * The ANCT CSV drops the leading zero of départements 01–09 ("1053" for 01053) and spreadsheets do the same;
 * returns the 5-character code or null.
 */
export function normaliserCodeInsee(value: string): string | null {
  const trimmed = value.trim().toUpperCase();
  const padded = /^\d{4}$/.test(trimmed) ? `0${trimmed}` : trimmed;
  return estCodeInseeValide(padded) ? padded : null;
}

/** Removes the spaces and dots people type in SIRET/SIREN ("356 000 000 00048"). */
export function normaliserIdentifiant(value: string): string {
  return value.replace(/[\s.\u00a0\u202f-]/g, '').toUpperCase();
}

export const GENERATIONS_QPV = [2015, 2024] as const;
export type GenerationQpv = (typeof GENERATIONS_QPV)[number];

/** 2015 geography (décrets 2014-1750/1751): "QP" + 3-character département + 3 digits, e.g. QP059012. */
export const CODE_QPV_2015 = /^QP(?:\d{3}|02[AB])\d{3}$/;
/** 2024 geography (décret 2023-1314): "QN" + département + 2-digit order + 1 letter or digit, e.g. QN05901M. */
export const CODE_QPV_2024 = /^QN(?:\d{3}|02[AB])\d{2}[A-Z0-9]$/;

export function estCodeQpvValide(value: unknown): value is string {
  return typeof value === 'string' && (CODE_QPV_2015.test(value) || CODE_QPV_2024.test(value));
}

/** The geography generation a code belongs to, or null when it is not a QPV code. */
export function generationDuCodeQpv(code: string): GenerationQpv | null {
  if (CODE_QPV_2015.test(code)) return 2015;
  if (CODE_QPV_2024.test(code)) return 2024;
  return null;
}

/**
 * A workspace's id, the tenant slug (`mel`, `valenciennes-metropole`), checked when the workspace is opened: at most
 * SLUG_TERRITOIRE_MAX characters, lower-case letters, digits and inner dashes. It names every stream (`{slug}:…`) and
 * the MongoDB database of its read models, `cdv_{slug}`, which must stay a valid database name (≤ 64 bytes, no
 * space, dot or dollar). The one check every entry point calls (decider, CLI): `problemeSlugTerritoire`.
 */
export const SLUG_TERRITOIRE_MAX = 40;
const SLUG_TERRITOIRE = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Why `value` cannot be a workspace id, or null when it can. */
export function problemeSlugTerritoire(value: unknown): string | null {
  const shown = JSON.stringify(typeof value === 'string' ? value.slice(0, 60) : value);
  if (typeof value !== 'string' || value.length === 0) return 'a workspace id is required (e.g. valenciennes-metropole)';
  if (value.length > SLUG_TERRITOIRE_MAX) return `${shown} is ${value.length} characters long: a workspace id has at most ${SLUG_TERRITOIRE_MAX}`;
  if (!SLUG_TERRITOIRE.test(value)) {
    return `${shown} is not a workspace id: lower-case letters, digits and dashes, starting and ending with a letter or a digit (e.g. valenciennes-metropole)`;
  }
  return null;
}
