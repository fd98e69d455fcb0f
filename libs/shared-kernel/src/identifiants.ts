/**
 * The official identifiers (SIREN, SIRET) and the ids the application chooses for streams. Canonical forms only:
 * `normaliserIdentifiant` (libs/domain/territoire) turns printed forms into them.
 */

/** Luhn checksum over a string of digits (SIREN and SIRET use it). */
export function luhnValide(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste: one SIREN for ~10 000 establishments, more than Luhn-valid SIRET numbers allow under it. */
export const SIREN_LA_POSTE = '356000000';

/** All zeros pass Luhn (the sum is 0) but are nobody's number. */
const ZEROS = /^0+$/;

export function estSirenValide(value: unknown): value is string {
  return typeof value === 'string' && /^\d{9}$/.test(value) && !ZEROS.test(value) && luhnValide(value);
}

export function estSiretValide(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{14}$/.test(value) || ZEROS.test(value)) return false;
  if (luhnValide(value)) return true;
  // INSEE numbers La Poste's establishments so that the sum of the 14 digits is a multiple of 5 instead.
  if (value.startsWith(SIREN_LA_POSTE)) {
    const sum = [...value].reduce((total, digit) => total + Number(digit), 0);
    return sum % 5 === 0;
  }
  return false;
}

/** The longest id the application accepts for a stream (`{tenant}:{category}-{id}`). */
export const IDENTIFIANT_MAX = 128;
const IDENTIFIANT = new RegExp(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,${IDENTIFIANT_MAX - 1}}$`);

/** Ids chosen by the application or its clients for streams: letters, digits, dot, dash, underscore (streams.ts). */
export function estIdentifiantValide(value: unknown): value is string {
  return typeof value === 'string' && IDENTIFIANT.test(value);
}
