/**
 * Money is integer cents everywhere in the domain (docs/design.md §4); GraphQL shows it as a decimal string of euros
 * (`Montant`, e.g. "1712989.00"). Never floats.
 */
export type Cents = number;

/**
 * The largest amount one field may hold: 1 000 000 000,00 € (10^11 cents). No action of a contrat de ville comes
 * near it (the State's whole BOP 147 is about 600 M€ a year), and at that ceiling a year needs 90 000 dossiers before
 * a plain sum of numbers stops being exact; the read side sums exactly anyway (`exactSum`). docs/api.md « Limits ».
 */
export const MONTANT_MAX: Cents = 100_000_000_000;

/** A sum of amounts: a number while it is a safe integer, a bigint beyond (sums over stored events are never capped). */
export type CentsSum = number | bigint;

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

export function formatMontant(cents: CentsSum): string {
  if (typeof cents === 'bigint') {
    const abs = cents < 0n ? -cents : cents;
    return `${cents < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
  }
  if (!Number.isSafeInteger(cents)) throw new RangeError(`amount ${cents} is not an integer number of cents`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** An amount as messages show it, in euros as the API's `Montant` writes them: "31000.00 €", never cents. */
export function euros(cents: CentsSum): string {
  return `${formatMontant(cents)} €`;
}

/** a + b, exactly: a number while the result is a safe integer, a bigint beyond. */
export function addCents(a: CentsSum, b: CentsSum): CentsSum {
  if (typeof a === 'number' && typeof b === 'number' && Number.isSafeInteger(a + b)) return a + b;
  return normaliseSum(BigInt(a) + BigInt(b));
}

/** a − b, exactly (see addCents). */
export function subtractCents(a: CentsSum, b: CentsSum): CentsSum {
  return addCents(a, -b);
}

/** Compares two sums exactly: negative, zero or positive. */
export function compareCents(a: CentsSum, b: CentsSum): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const difference = BigInt(a) - BigInt(b);
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

function normaliseSum(value: bigint): CentsSum {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
}

/**
 * Read-side sums (aggregation pipelines) split each amount in two parts that a floating-point `$sum` adds exactly
 * — the amount modulo 10^8 and the rest, a multiple of 10^8 counted in units of 10^8 — and `exactSum` puts them
 * back together: exact for any number of amounts up to 2^53 cents each (events stored before MONTANT_MAX existed
 * included), where a plain `$sum` of doubles silently rounds past 2^53.
 */
export const SUM_SPLIT = 100_000_000;

export function exactSum(high: number, low: number): CentsSum {
  if (!Number.isSafeInteger(high) || !Number.isSafeInteger(low)) throw new RangeError(`partial sums ${high}, ${low} are not exact integers`);
  return normaliseSum(BigInt(high) * BigInt(SUM_SPLIT) + BigInt(low));
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
