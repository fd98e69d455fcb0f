import type { IndexSpec } from '@cdv/eventsourcing';
import type { Filter } from '../read-store.port';

type Doc = Record<string, unknown>;

/**
 * A hash index over the fields of an IndexSpec, usable for equality (`{ f: v }`, `$eq`, `$in`) on any prefix of
 * its fields, like a MongoDB compound index used for equality. It only narrows the candidates: the embedded
 * store still runs the full filter (mingo) on them, so the index may return a superset (arrays, objects,
 * documents it could not index) but never miss a match.
 */
export type IndexEntry = string[][] | null;

export class HashIndex {
  readonly name: string;
  readonly fields: readonly string[];
  readonly unique: boolean;
  private readonly paths: readonly string[][];
  /** levels[k]: key of the first k+1 field values → ids */
  private readonly levels: Array<Map<string, Set<string>>>;
  /** Documents with an array in the middle of an indexed path: always candidates. */
  private readonly unindexed = new Set<string>();

  constructor(spec: IndexSpec) {
    this.fields = Object.keys(spec.keys);
    if (this.fields.length === 0) throw new Error('an index needs at least one field');
    this.paths = this.fields.map((field) => field.split('.'));
    this.name = Object.entries(spec.keys)
      .map(([field, direction]) => `${field}_${direction}`)
      .join('_');
    this.unique = spec.unique ?? false;
    this.levels = this.fields.map(() => new Map());
  }

  /** True when both documents hold the same scalar values on every indexed path: nothing to re-index (the usual write). */
  unchanged(before: Doc, after: Doc): boolean {
    for (const path of this.paths) {
      let left: unknown = before;
      let right: unknown = after;
      for (const segment of path) {
        left = left !== null && typeof left === 'object' ? (left as Doc)[segment] : undefined;
        right = right !== null && typeof right === 'object' ? (right as Doc)[segment] : undefined;
      }
      if (left !== right || (left !== null && typeof left === 'object')) return false;
    }
    return true;
  }

  /** Per depth, the keys of the document's first depth+1 field values (several when a field holds an array); null: unindexable. */
  entry(doc: Doc): IndexEntry {
    const first = valueKeysAt(doc, this.paths[0]);
    if (first === null) return null;
    const out: string[][] = [first];
    let prefixes = first;
    for (let index = 1; index < this.paths.length; index++) {
      const keys = valueKeysAt(doc, this.paths[index]);
      if (keys === null) return null;
      prefixes = prefixes.flatMap((prefix) => keys.map((key) => `${prefix}\u0000${key}`));
      out.push(prefixes);
    }
    return out;
  }

  /** Id of another document holding the same full key, when this index is unique. */
  conflict(id: string, entry: IndexEntry): string | null {
    if (!this.unique || entry === null) return null;
    const level = this.levels[this.fields.length - 1];
    for (const key of entry[this.fields.length - 1]) {
      for (const other of level.get(key) ?? []) if (other !== id) return other;
    }
    return null;
  }

  insert(id: string, entry: IndexEntry): void {
    if (entry === null) {
      this.unindexed.add(id);
      return;
    }
    for (let depth = 0; depth < entry.length; depth++) {
      const level = this.levels[depth];
      for (const key of entry[depth]) {
        let ids = level.get(key);
        if (!ids) level.set(key, (ids = new Set()));
        ids.add(id);
      }
    }
  }

  delete(id: string, entry: IndexEntry): void {
    if (entry === null) {
      this.unindexed.delete(id);
      return;
    }
    for (let depth = 0; depth < entry.length; depth++) {
      const level = this.levels[depth];
      for (const key of entry[depth]) {
        const ids = level.get(key);
        if (!ids) continue;
        ids.delete(id);
        if (ids.size === 0) level.delete(key);
      }
    }
  }

  /** How many leading fields the filter pins by equality (0: this index cannot help). */
  usablePrefix(filter: Filter): number {
    let depth = 0;
    while (depth < this.fields.length && equalityKeys(filter, this.fields[depth]) !== null) depth++;
    return depth;
  }

  /** Candidate ids for the filter's equalities on the first `depth` fields. */
  candidates(filter: Filter, depth: number): Set<string> {
    let prefixes = [''];
    for (let index = 0; index < depth; index++) {
      const keys = equalityKeys(filter, this.fields[index]) as string[];
      prefixes = prefixes.flatMap((prefix) => keys.map((key) => (index === 0 ? key : `${prefix}\u0000${key}`)));
    }
    const out = new Set(this.unindexed);
    const level = this.levels[depth - 1];
    for (const prefix of prefixes) for (const id of level.get(prefix) ?? []) out.add(id);
    return out;
  }
}

/** Same keys at every depth: a write that leaves the indexed fields alone need not touch the index. */
export function sameEntry(a: IndexEntry, b: IndexEntry): boolean {
  if (a === null || b === null) return a === b;
  const last = a.length - 1;
  const left = a[last];
  const right = b[last];
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}

/** Keys under which an equality filter value is found, or null when the filter does not pin the field. */
export function equalityKeys(filter: Filter, field: string): string[] | null {
  if (!Object.prototype.hasOwnProperty.call(filter, field)) return null;
  const condition = filter[field];
  if (isScalar(condition)) return [valueKey(condition)];
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition) || condition instanceof RegExp) return null;
  const operators = Object.keys(condition);
  const spec = condition as Record<string, unknown>;
  if (operators.length === 1 && operators[0] === '$eq' && isScalar(spec.$eq)) return [valueKey(spec.$eq)];
  if (operators.length === 1 && operators[0] === '$in' && Array.isArray(spec.$in) && spec.$in.every(isScalar)) {
    return (spec.$in as unknown[]).map(valueKey);
  }
  return null;
}

function isScalar(value: unknown): boolean {
  return value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value);
}

/** Equal values (as MongoDB compares them for equality) give equal keys; a missing field is keyed as null. */
export function valueKey(value: unknown): string {
  if (value === null || value === undefined) return 'z';
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number') return `n${value === 0 ? 0 : value}`;
  if (typeof value === 'boolean') return value ? 'bt' : 'bf';
  if (value instanceof Date) return `d${value.getTime()}`;
  // Equality filters on objects are never served by an index (see equalityKeys): one bucket is enough.
  return 'o';
}

/**
 * Keys of the value(s) at a dotted path. A leaf array is indexed by its elements and as a whole (MongoDB matches
 * `{ tags: 'x' }` against `tags: ['x', 'y']`). An array in the middle of the path returns null: such documents
 * are kept as candidates of every lookup rather than risk a miss.
 */
function valueKeysAt(doc: Doc, path: readonly string[]): string[] | null {
  let current: unknown = doc;
  for (const segment of path) {
    if (Array.isArray(current)) return null;
    if (current === null || typeof current !== 'object') {
      current = undefined;
      break;
    }
    current = (current as Doc)[segment];
  }
  if (!Array.isArray(current)) return [valueKey(current)];
  const keys = new Set<string>([valueKey(current)]);
  for (const item of current) {
    if (Array.isArray(item)) return null;
    keys.add(valueKey(item));
  }
  if (current.length === 0) keys.add(valueKey(undefined));
  return [...keys];
}
