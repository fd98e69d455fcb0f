/**
 * Dates and instants as the platform accepts them (issue 12 §8, docs/api.md « Limits »): a calendar date that
 * exists (no 2025-02-30, which `Date.parse` would silently turn into 2 March) in a year between YEAR_MIN and
 * YEAR_MAX. No fact of a contrat de ville happens before 1900 (the oldest EPCI dates from 1966) and a date after
 * 2100 is a typo; both bounds keep every date a four-digit year that sorts as text.
 */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDay(year: number, month: number, day: number): boolean {
  return year >= YEAR_MIN && year <= YEAR_MAX && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** `YYYY-MM-DD`, a day that exists, in YEAR_MIN..YEAR_MAX. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE.exec(value);
  return match !== null && validDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * An ISO 8601 instant with a zone (`2024-03-01T09:00Z`, `…T09:00:00.123+01:00`) whose date and time exist as
 * written, returned in UTC (`toISOString`); null otherwise.
 */
export function parseInstant(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = INSTANT.exec(value);
  if (!match) return null;
  const [, year, month, day, hours, minutes, seconds = '00', , zone, zoneHours, zoneMinutes] = match;
  if (!validDay(Number(year), Number(month), Number(day))) return null;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return null;
  if (zone !== 'Z' && (Number(zoneHours) > 14 || Number(zoneMinutes) > 59)) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}
