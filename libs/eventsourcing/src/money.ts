/**
 * Money is integer cents everywhere in the domain (DESIGN §4); GraphQL shows it as a decimal string of euros
 * (`Montant`, e.g. "1712989.00"). Never floats.
 */
export type Cents = number;

const DECIMAL = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

/** "1712989.00" | "1712989" | "12.5" → cents; null when the text is not a plain decimal amount. */
export function parseMontant(text: string): Cents | null {
  const match = DECIMAL.exec(text.trim());
  if (!match) return null;
  const [, sign, euros, fraction = ''] = match;
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign === '-' ? -cents : cents;
}

export function formatMontant(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount ${cents} is not an integer number of cents`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/**
 * Amounts as the source spreadsheets and documents print them: "1 712 989 €", "94.414 €" (dot as thousands
 * separator), "129 935", "12 345,50 €", "1.234.567,89". Returns cents, or null when ambiguous or not a number.
 */
export function parseFrenchAmount(text: string): Cents | null {
  let value = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€|EUR|euros?/gi, '');
  if (!value) return null;
  const negative = value.startsWith('-');
  if (negative) value = value.slice(1);
  let euros: string;
  let fraction = '';
  if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(value)) {
    // dots group thousands, an optional comma marks the decimals
    const [integer, decimals = ''] = value.split(',');
    euros = integer.replace(/\./g, '');
    fraction = decimals;
  } else if (/^\d+(,\d{1,2})?$/.test(value)) {
    [euros, fraction = ''] = value.split(',');
  } else if (/^\d+\.\d{1,2}$/.test(value)) {
    [euros, fraction] = value.split('.');
  } else {
    return null;
  }
  const cents = Number(euros) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return negative ? -cents : cents;
}
