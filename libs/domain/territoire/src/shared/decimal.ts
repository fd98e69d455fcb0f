/**
 * Decimal numbers as strings ("18.84", "-8.4", "35888"), computed with BigInt so that a ratio printed in a
 * report is reproduced exactly, never through binary floating point (docs/design.md §4: decimal values are strings).
 */
export type Decimal = string;

/** At most 15 digits before the point and 10 after: a figure of a territory, not a number to stall BigInt arithmetic. */
const DECIMAL = /^-?\d{1,15}(?:\.\d{1,10})?$/;

export function estDecimal(value: unknown): value is Decimal {
  return typeof value === 'string' && DECIMAL.test(value);
}

interface Scaled {
  units: bigint;
  scale: number;
}

function toScaled(value: Decimal): Scaled {
  const negative = value.startsWith('-');
  const [integer, fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const units = BigInt(integer + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

function rescale(value: Scaled, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale);
}

function fromScaled(units: bigint, scale: number): Decimal {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** Division rounded half away from zero. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const quotient = (n * 2n + d) / (2n * d);
  return negative ? -quotient : quotient;
}

/** Number of digits after the decimal point as written ("20" → 0, "18.84" → 2). */
export function decimalesDe(value: Decimal): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

/** Rounds half away from zero to `decimales` digits. */
export function arrondirDecimal(value: Decimal, decimales: number): Decimal {
  const scaled = toScaled(value);
  if (scaled.scale <= decimales) return fromScaled(rescale(scaled, decimales), decimales);
  return fromScaled(divideRounded(scaled.units, 10n ** BigInt(scaled.scale - decimales)), decimales);
}

/** numerateur × facteur ÷ denominateur rounded to `decimales`; null when the denominator is zero. */
export function ratioDecimal(numerateur: Decimal, denominateur: Decimal, facteur: number, decimales: number): Decimal | null {
  const n = toScaled(numerateur);
  const d = toScaled(denominateur);
  if (d.units === 0n) return null;
  // n/10^ns × f ÷ (d/10^ds) × 10^dec = n × f × 10^(ds + dec) ÷ (d × 10^ns)
  const top = n.units * BigInt(facteur) * 10n ** BigInt(d.scale + decimales);
  const bottom = d.units * 10n ** BigInt(n.scale);
  return fromScaled(divideRounded(top, bottom), decimales);
}

export function additionnerDecimaux(values: readonly Decimal[]): Decimal {
  const scale = Math.max(0, ...values.map(decimalesDe));
  const total = values.reduce((sum, value) => sum + rescale(toScaled(value), scale), 0n);
  return fromScaled(total, scale);
}

export function egalDecimal(a: Decimal, b: Decimal): boolean {
  const scale = Math.max(decimalesDe(a), decimalesDe(b));
  return rescale(toScaled(a), scale) === rescale(toScaled(b), scale);
}

/** Normalises a decimal string ("020.50" → "20.5", "-0" → "0"). */
export function normaliserDecimal(value: Decimal): Decimal {
  const scaled = toScaled(value);
  let text = fromScaled(scaled.units, scaled.scale);
  if (text.includes('.')) text = text.replace(/0+$/, '').replace(/\.$/, '');
  return text;
}

/**
 * Reads one number as documents print it: "35 888", "20 %", "44.5%", "53,8%", "1 077€", "190 459 habitants".
 * Returns null when the text holds no number or several ("35% / 28.3%", "près d'un tiers"): such values stay
 * printed-only rather than guessed.
 */
export function decimalDepuisTexte(printed: string): Decimal | null {
  const compact = printed.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  const numbers = compact.match(/-?\d[\d ]*(?:[.,]\d+)?/g);
  if (!numbers || numbers.length !== 1) return null;
  const rest = compact.replace(numbers[0], '').trim();
  if (rest && !/^(%|€|euros?|habitants?|pts?|points?)$/i.test(rest)) return null;
  const value = numbers[0].replace(/ /g, '').replace(',', '.');
  return estDecimal(value) ? normaliserDecimal(value) : null;
}

/** -1, 0 or 1, exactly. */
export function comparerDecimaux(a: Decimal, b: Decimal): number {
  const scale = Math.max(decimalesDe(a), decimalesDe(b));
  const [x, y] = [rescale(toScaled(a), scale), rescale(toScaled(b), scale)];
  return x === y ? 0 : x > y ? 1 : -1;
}
