import { exactSum, SUM_SPLIT, type CentsSum } from '@cdv/eventsourcing';

/**
 * Exact sums of cents in aggregation pipelines (MongoDB and mingo alike). A `$sum` adds doubles: past 2^53 cents
 * (90 billion euros) it rounds without a word, and the API's `Montant` refused to write such a total, so one
 * porteur's absurd amounts made `programmation(annee)` fail for everyone, for good (issue 12 §4). Each amount is
 * split in two parts that doubles add exactly — the amount modulo 10^8 and the rest in units of 10^8 — and
 * `withExactSums` puts them back together as a number, or a bigint past 2^53 (ADR 0024 « Amount ceiling and exact
 * sums »). Every money `$sum` of the programmation pipelines goes through `sumCents`.
 */

const amount = (expression: unknown) => ({ $ifNull: [expression, 0] });
const low = (expression: unknown) => ({ $mod: [amount(expression), SUM_SPLIT] });
const high = (expression: unknown) => ({ $divide: [{ $subtract: [amount(expression), low(expression)] }, SUM_SPLIT] });

const HIGH = '__exactSumHigh';
const LOW = '__exactSumLow';

/** `$group` accumulators for the exact sum of `expression` under `name` (read it with `exactSumOf(name)`). */
export function sumCents(name: string, expression: unknown): Record<string, unknown> {
  return { [`${name}${HIGH}`]: { $sum: high(expression) }, [`${name}${LOW}`]: { $sum: low(expression) } };
}

/** In a `$project` after the `$group`: the exact sum accumulated under `name`, as `withExactSums` reads it. */
export function exactSumOf(name: string): Record<string, string> {
  return { [HIGH]: `$${name}${HIGH}`, [LOW]: `$${name}${LOW}` };
}

/** The pipeline's result with every exact sum put back together (a number, or a bigint past 2^53 cents). */
export function withExactSums<T>(value: unknown): T {
  return rebuild(value) as T;
}

function rebuild(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rebuild);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (HIGH in record && LOW in record) return exactSum(Number(record[HIGH] ?? 0), Number(record[LOW] ?? 0)) satisfies CentsSum;
  return Object.fromEntries(Object.entries(record).map(([key, member]) => [key, rebuild(member)]));
}

/** What runs a pipeline: a read model's collection (embedded, MongoDB, an as-of view). */
export interface Aggregating {
  aggregate(pipeline: readonly Record<string, unknown>[]): Promise<unknown[]>;
}
