import type { IndexSpec, ReadDocument } from '@cdv/eventsourcing';
import { Aggregator, Query, find as mingoFind, update as mingoUpdate } from 'mingo';
import { cloneDocument } from '../clone-document';
import { mapPipelineCollections } from '../pipeline-collections';
import {
  DuplicateKeyError,
  type AnyReadDocument,
  type BulkWriteResult,
  type Filter,
  type FindOptions,
  type PipelineStage,
  type StreamOptions,
  type WriteOperation,
} from '../read-store.port';
import { HashIndex, sameEntry, type IndexEntry } from './hash-index';

export type StoredDocument = Record<string, unknown> & { _id: string };
export type Undo = Array<() => void>;

/** How the embedded store answered a filter: by `_id`, through a hash index, or by scanning. */
export interface QueryPlan {
  strategy: 'id' | 'index' | 'scan';
  index?: string;
  /** Documents the filter was evaluated on. */
  examined: number;
  returned: number;
}

/**
 * The documents of one collection of one tenant, with its hash indexes. Everything here is synchronous, so a
 * commit made of several of these calls cannot interleave with another one: that is the embedded store's
 * atomicity (plus an undo log for a write refused half-way, e.g. by a unique index).
 */
export class CollectionData {
  readonly docs = new Map<string, StoredDocument>();
  readonly indexes = new Map<string, HashIndex>();

  constructor(readonly name: string) {}

  createIndex(spec: IndexSpec): void {
    const index = new HashIndex(spec);
    if (this.indexes.has(index.name)) return;
    for (const [id, doc] of this.docs) {
      const entry = index.entry(doc);
      if (index.conflict(id, entry) !== null) throw new DuplicateKeyError(this.name, index.name, id);
      index.insert(id, entry);
    }
    this.indexes.set(index.name, index);
  }

  /** Stores `next` under `id`; the store owns it from here on (callers pass copies, or hand theirs over). */
  put(id: string, next: StoredDocument, undo: Undo): void {
    const previous = this.docs.get(id);
    const changes: Array<{ index: HashIndex; before: IndexEntry | undefined; after: IndexEntry }> = [];
    for (const index of this.indexes.values()) {
      if (previous && index.unchanged(previous, next)) continue;
      const after = index.entry(next);
      const before = previous ? index.entry(previous) : undefined;
      if (before !== undefined && sameEntry(before, after)) continue;
      if (index.conflict(id, after) !== null) throw new DuplicateKeyError(this.name, index.name, id);
      changes.push({ index, before, after });
    }
    for (const { index, before, after } of changes) {
      if (before !== undefined) index.delete(id, before);
      index.insert(id, after);
    }
    this.docs.set(id, next);
    undo.push(() => {
      for (const { index, before, after } of changes) {
        index.delete(id, after);
        if (before !== undefined) index.insert(id, before);
      }
      if (previous) this.docs.set(id, previous);
      else this.docs.delete(id);
    });
  }

  remove(id: string, undo: Undo): void {
    const previous = this.docs.get(id);
    if (!previous) return;
    const entries = [...this.indexes.values()].map((index) => ({ index, entry: index.entry(previous) }));
    for (const { index, entry } of entries) index.delete(id, entry);
    this.docs.delete(id);
    undo.push(() => {
      for (const { index, entry } of entries) index.insert(id, entry);
      this.docs.set(id, previous);
    });
  }

  apply(operation: WriteOperation<ReadDocument> | WriteOperation<AnyReadDocument>, undo: Undo, result: BulkWriteResult, transfer = false): void {
    const id = operation.id;
    if (typeof id !== 'string' || id === '') throw new TypeError(`${this.name}: a write needs a non-empty string id`);
    const current = this.docs.get(id);
    if (operation.kind === 'upsert') {
      const document = operation.document as unknown as Record<string, unknown>;
      const next = (transfer && document._id === id ? document : { ...(transfer ? document : cloneDocument(document)), _id: id }) as StoredDocument;
      if (current && isStale(current._position, next._position)) {
        result.skipped++;
        return;
      }
      this.put(id, next, undo);
      result.written++;
    } else if (operation.kind === 'update') {
      if (!current && !operation.upsert) return;
      assertUpdateOperators(operation.update);
      const next: StoredDocument = cloneDocument(current ?? { _id: id });
      mingoUpdate(next, operation.update as Parameters<typeof mingoUpdate<StoredDocument>>[1]);
      next._id = id;
      this.put(id, next, undo);
      result.written++;
    } else {
      if (!current) return;
      if (operation.position !== undefined && typeof current._position === 'number' && current._position >= operation.position) {
        result.skipped++;
        return;
      }
      this.remove(id, undo);
      result.deleted++;
    }
  }
}

/** A replayed write carries a `_position` at or below the stored one: it must change nothing. */
function isStale(stored: unknown, incoming: unknown): boolean {
  return typeof stored === 'number' && typeof incoming === 'number' && incoming <= stored;
}

function assertUpdateOperators(update: Record<string, unknown>): void {
  const keys = Object.keys(update);
  if (keys.length === 0 || keys.some((key) => !key.startsWith('$'))) {
    throw new TypeError(`an update takes MongoDB update operators ($set, $inc…), got ${JSON.stringify(keys)}`);
  }
}

/**
 * The stored documents matching a filter, uncopied. `_id` equalities are answered from the map, other
 * equalities through the best hash index (longest pinned prefix), the rest by a scan; mingo evaluates the full
 * filter on the candidates, except when the `_id` lookup alone is the whole filter.
 */
export function select(data: CollectionData | undefined, filter: Filter = {}): { docs: StoredDocument[]; plan: QueryPlan } {
  if (!data) return { docs: [], plan: { strategy: 'scan', examined: 0, returned: 0 } };
  let candidates: Iterable<StoredDocument>;
  let plan: QueryPlan;
  const ids = idEquality(filter._id);
  if (ids) {
    const found: StoredDocument[] = [];
    for (const id of ids) {
      const doc = data.docs.get(id);
      if (doc) found.push(doc);
    }
    candidates = found;
    plan = { strategy: 'id', examined: found.length, returned: 0 };
    if (Object.keys(filter).length === 1) return { docs: found, plan: { ...plan, returned: found.length } };
  } else {
    let best: { index: HashIndex; depth: number } | null = null;
    for (const index of data.indexes.values()) {
      const depth = index.usablePrefix(filter);
      if (depth > 0 && (!best || depth > best.depth)) best = { index, depth };
    }
    if (best) {
      const found: StoredDocument[] = [];
      for (const id of best.index.candidates(filter, best.depth)) {
        const doc = data.docs.get(id);
        if (doc) found.push(doc);
      }
      candidates = found;
      plan = { strategy: 'index', index: best.index.name, examined: found.length, returned: 0 };
    } else {
      candidates = data.docs.values();
      plan = { strategy: 'scan', examined: data.docs.size, returned: 0 };
    }
  }
  const query = new Query(filter);
  const docs: StoredDocument[] = [];
  for (const doc of candidates) if (query.test(doc)) docs.push(doc);
  return { docs, plan: { ...plan, returned: docs.length } };
}

/** Distinct string ids when the filter pins `_id` by equality or `$in`, else null. */
function idEquality(condition: unknown): string[] | null {
  if (typeof condition === 'string') return [condition];
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return null;
  const spec = condition as Record<string, unknown>;
  const keys = Object.keys(spec);
  if (keys.length !== 1) return null;
  if (keys[0] === '$eq' && typeof spec.$eq === 'string') return [spec.$eq];
  if (keys[0] === '$in' && Array.isArray(spec.$in) && spec.$in.every((id) => typeof id === 'string')) return [...new Set(spec.$in as string[])];
  return null;
}

/** find: filter, then sort / skip / limit / projection with mingo; results are copies (the stored documents when `readOnly`). */
export function findDocuments(data: CollectionData | undefined, filter: Filter = {}, options: FindOptions = {}): Record<string, unknown>[] {
  const { docs } = select(data, filter);
  if (!options.sort && !options.projection && options.skip === undefined && options.limit === undefined)
    return options.readOnly ? docs : docs.map(cloneDocument);
  // mingo applies an exclusion on a path inside an array (`'lignes.avertissements': 0`) to its input: project copies.
  let cursor = mingoFind(options.projection ? docs.map(cloneDocument) : docs, {}, options.projection ?? {});
  if (options.sort) cursor = cursor.sort(options.sort);
  if (options.skip !== undefined) cursor = cursor.skip(options.skip);
  // MongoDB treats limit 0 as "no limit"
  if (options.limit !== undefined && options.limit > 0) cursor = cursor.limit(options.limit);
  const found = cursor.all();
  return options.readOnly && !options.projection ? found : found.map(cloneDocument);
}

/**
 * stream: the matches are taken once, when the iteration starts (references to the stored documents, which
 * writes replace and never change in place: a snapshot), sorted, then copied and projected one batch at a
 * time. The event loop runs between batches, so a long export does not hold up queries or projections.
 */
export async function* streamDocuments(
  data: CollectionData | undefined,
  filter: Filter = {},
  options: StreamOptions = {},
): AsyncGenerator<Record<string, unknown>> {
  let { docs } = select(data, filter);
  if (options.sort) docs = mingoFind(docs, {}).sort(options.sort).all() as StoredDocument[];
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const sauf = champsExclus(options.projection);
  for (let start = 0; start < docs.length; start += batchSize) {
    const slice = docs.slice(start, start + batchSize);
    // Excluding top-level fields (what exports ask) is done while copying; other projections go through mingo,
    // which applies some exclusions to its input (see findDocuments): it gets copies.
    const batch = sauf
      ? slice.map((doc) => copieSans(doc, sauf, options.readOnly ? (value) => value : cloneDocument))
      : options.projection
        ? mingoFind(slice.map(cloneDocument), {}, options.projection).all()
        : options.readOnly
          ? slice
          : slice.map(cloneDocument);
    for (const doc of batch) yield doc;
    if (start + batchSize < docs.length) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The fields a projection excludes when it only excludes top-level fields (`{ historique: 0 }`), else null. */
function champsExclus(projection: StreamOptions['projection']): Set<string> | null {
  if (!projection) return null;
  const entries = Object.entries(projection);
  if (entries.length === 0 || !entries.every(([key, value]) => value === 0 && key !== '_id' && !key.includes('.'))) return null;
  return new Set(entries.map(([key]) => key));
}

function copieSans(doc: StoredDocument, sauf: ReadonlySet<string>, copier: (value: unknown) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(doc)) {
    if (sauf.has(key)) continue;
    // a JSON "__proto__" member is data, not the prototype (as in cloneDocument)
    if (key === '__proto__') Object.defineProperty(out, key, { value: copier(doc[key]), enumerable: true, writable: true, configurable: true });
    else out[key] = copier(doc[key]);
  }
  return out;
}

/**
 * aggregate with mingo. A leading `$match` is answered like a find (so it uses the indexes); the input and
 * every collection a `$lookup` reads are copied first, because some mingo stages write into their inputs
 * (e.g. `$set` on a dotted path).
 */
export function aggregateDocuments(
  data: CollectionData | undefined,
  pipeline: readonly PipelineStage[],
  resolve: (name: string) => CollectionData | undefined,
): Record<string, unknown>[] {
  mapPipelineCollections(pipeline, (name) => name); // refuses $out / $merge
  const [first, ...rest] = pipeline;
  const leadingMatch = first !== undefined && Object.keys(first).length === 1 && isFilter(first.$match);
  const input = leadingMatch ? select(data, first.$match as Filter).docs : data ? [...data.docs.values()] : [];
  const stages = leadingMatch ? rest : [...pipeline];
  if (stages.length === 0) return input.map(cloneDocument);
  const resolved = new Map<string, Record<string, unknown>[]>();
  const collectionResolver = (name: string) => {
    let docs = resolved.get(name);
    if (!docs) resolved.set(name, (docs = [...(resolve(name)?.docs.values() ?? [])].map(cloneDocument)));
    return docs;
  };
  return new Aggregator(stages as Record<string, unknown>[], { collectionResolver }).run(input.map(cloneDocument));
}

function isFilter(value: unknown): value is Filter {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
