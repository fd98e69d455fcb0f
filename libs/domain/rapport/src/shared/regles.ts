import { createHash } from 'node:crypto';
import { canonicalJson, refuse, type Refusal } from '@cdv/eventsourcing';

/** Bounds of what a command may carry (every caller is treated as hostile). */
export const LIMITES_RAPPORT = {
  sections: 60,
  titre: 300,
  texte: 50_000,
  destinataires: 500,
  /** Characters of the canonical JSON of the frozen figures (≈ 2 200 per dossier of the year: CABBALR 2019, 123 dossiers, ≈ 270 000). */
  chiffres: 8_000_000,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkSlug(field: string, value: unknown, max = 80): Refusal | null {
  return typeof value === 'string' && value.length <= max && SLUG.test(value)
    ? null
    : refuse.validation(field, `${field} must be a lower-case slug (letters, digits, dashes; ${max} characters at most)`, { value });
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** An ISO 8601 UTC instant (`2020-09-29T00:00:00.000Z`) that exists. */
export function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}

/** The same day one month later, on the month's last day when it has no such day (31 Jan → 28/29 Feb). */
export function unMoisApres(date: string): string {
  const [annee, mois, jour] = date.split('-').map(Number);
  const suivant = new Date(Date.UTC(annee, mois, 1));
  const dernier = new Date(Date.UTC(suivant.getUTCFullYear(), suivant.getUTCMonth() + 1, 0)).getUTCDate();
  suivant.setUTCDate(Math.min(jour, dernier));
  return suivant.toISOString().slice(0, 10);
}

/** sha256 (hex) of the canonical JSON of a value: the fingerprint of frozen figures, reproducible offline. */
export function empreinte(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
