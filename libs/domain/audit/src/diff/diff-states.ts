/**
 * Field-level diff of two states (docs/design.md §5 "History"): what an event changed, as paths an auditor can read,
 * e.g. `lignes.etat-bop147.montantVote`.
 *
 * - objects: compared key by key (keys in sorted order, so the output is stable);
 * - arrays of objects: matched by `id`, else by `financeurId`, when every element on both sides has one,
 *   so that reordering is not a change and a path names the line (`lignes.etat-bop147`); else by index;
 * - arrays of plain values (tags, QPV codes): one change with both arrays, easier to read than indexes;
 * - Maps are read as objects keyed by their keys, Sets as arrays, Dates as ISO strings.
 */
export interface FieldChange {
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

export function diffStates(before: unknown, after: unknown): FieldChange[] {
  const changes: FieldChange[] = [];
  // A null state (no aggregate yet) is read as an empty one, so that creation lists the fields it sets.
  walk(normalise(before) ?? undefined, normalise(after) ?? undefined, [], changes);
  return changes;
}

type Plain = null | undefined | string | number | boolean | Plain[] | { [key: string]: Plain };

const ARRAY_KEYS = ['id', 'financeurId'] as const;

function walk(before: Plain, after: Plain, path: string[], out: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  // An object that appears or disappears is listed field by field: each path then names one value.
  if (before === undefined && isRecord(after) && Object.keys(after).length > 0) return walk({}, after, path, out);
  if (after === undefined && isRecord(before) && Object.keys(before).length > 0) return walk(before, {}, path, out);
  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) walk(before[key], after[key], [...path, key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const key = arrayKey(before, after);
    if (key) {
      const index = (items: Plain[]) => new Map(items.map((item) => [String((item as Record<string, Plain>)[key]), item]));
      const left = index(before);
      const right = index(after);
      for (const id of [...new Set([...left.keys(), ...right.keys()])]) walk(left.get(id), right.get(id), [...path, id], out);
      return;
    }
    if (before.some(isRecord) || after.some(isRecord)) {
      for (let position = 0; position < Math.max(before.length, after.length); position++) {
        walk(before[position], after[position], [...path, String(position)], out);
      }
      return;
    }
  }
  const name = path.join('.');
  if (before === undefined) out.push({ path: name, kind: 'added', after });
  else if (after === undefined) out.push({ path: name, kind: 'removed', before });
  else out.push({ path: name, kind: 'changed', before, after });
}

function arrayKey(before: Plain[], after: Plain[]): string | null {
  const all = [...before, ...after];
  if (all.length === 0) return null;
  for (const key of ARRAY_KEYS) {
    const ids = (items: Plain[]) => items.map((item) => (isRecord(item) ? item[key] : undefined));
    const usable = (items: Plain[]) => {
      const values = ids(items);
      return values.every((value) => typeof value === 'string' || typeof value === 'number') && new Set(values.map(String)).size === values.length;
    };
    if (usable(before) && usable(after)) return key;
  }
  return null;
}

function isRecord(value: Plain): value is { [key: string]: Plain } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Turns whatever an evolve function returns into JSON-like values; `undefined` members are dropped. */
function normalise(value: unknown): Plain {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (value instanceof Map) {
    const record: { [key: string]: Plain } = {};
    for (const [key, item] of value) if (item !== undefined) record[String(key)] = normalise(item);
    return record;
  }
  if (value instanceof Set) return [...value].map(normalise);
  if (Array.isArray(value)) return value.map(normalise);
  if (typeof value === 'object') {
    const record: { [key: string]: Plain } = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) record[key] = normalise(item);
    return record;
  }
  return String(value);
}

function deepEqual(a: Plain, b: Plain): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}
