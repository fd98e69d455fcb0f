import type { IndexSpec, ReadDocument } from '@cdv/eventsourcing';

/**
 * The read store port (docs/design.md §7): MongoDB-shaped collections scoped to a tenant. Filters, sorts, projections
 * and aggregation pipelines are MongoDB syntax, so a query written once runs on every adapter (embedded/mingo,
 * mongodb) and on as-of rebuilds. There is deliberately no way to query without naming a tenant.
 */

/** A document of an untyped collection: an `_id` and any JSON fields. */
export type AnyReadDocument = ReadDocument & Record<string, unknown>;

/** A MongoDB query filter, e.g. `{ statut: 'depose', annee: { $gte: 2024 } }`. */
export type Filter = Record<string, unknown>;
export type SortSpec = Record<string, 1 | -1>;
/** A MongoDB field projection, e.g. `{ titre: 1, _id: 0 }`. */
export type FieldProjection = Record<string, unknown>;
/** One stage of a MongoDB aggregation pipeline (`$match`, `$group`, `$unwind`, `$lookup`, `$project`…). */
export type PipelineStage = Record<string, unknown>;
/** MongoDB update operators, e.g. `{ $set: { statut: 'vote' }, $inc: { total: 100 } }`. */
export type UpdateSpec = Record<string, unknown>;

export interface FindOptions {
  sort?: SortSpec;
  limit?: number;
  skip?: number;
  projection?: FieldProjection;
  /**
   * The caller never mutates the documents it gets (the projection runner: `evolve` is pure and returns new
   * documents), so an in-process adapter may hand out its stored objects instead of copies. A performance hint,
   * like `CommitBatch.transfer`; MongoDB ignores it.
   */
  readOnly?: boolean;
}

/** How `stream` reads: the order and fields of a find, read `batchSize` documents at a time (default 500). */
export interface StreamOptions {
  sort?: SortSpec;
  projection?: FieldProjection;
  batchSize?: number;
  /** As `FindOptions.readOnly`: the caller never mutates what it gets (exports), so no deep copy is needed. */
  readOnly?: boolean;
}

/**
 * One write of a bulkWrite or a commit, addressed by `_id`.
 * - `upsert` replaces the whole document (inserting it when absent). When both the stored and the new document
 *   carry a numeric `_position`, the write applies only if the new one is strictly greater: a replayed event
 *   changes nothing, on every adapter.
 * - `update` applies MongoDB update operators (`$set`, `$inc`, `$push`…), creating `{ _id }` first when `upsert`.
 * - `delete` removes the document; with `position`, only if the stored `_position` is lower (or absent), so a
 *   stale delete never removes a document that a later event wrote.
 */
export type WriteOperation<D extends ReadDocument = AnyReadDocument> =
  | { kind: 'upsert'; id: string; document: D }
  | { kind: 'update'; id: string; update: UpdateSpec; upsert?: boolean }
  | { kind: 'delete'; id: string; position?: number };

export interface BulkWriteResult {
  /** Upserts and updates that changed or created a document. */
  written: number;
  deleted: number;
  /** Writes skipped by the `_position` guard (replays). */
  skipped: number;
}

export interface CollectionWrites {
  collection: string;
  /** Typed documents (a projection's) or loose ones (literals). */
  operations: ReadonlyArray<WriteOperation<ReadDocument> | WriteOperation<AnyReadDocument>>;
}

/** `if-absent`: set the pointer only when the tenant has none; `upgrade`: also when it points to a lower version. */
export type ActivationMode = 'if-absent' | 'upgrade';

/**
 * What a projection runner commits for one tenant: document writes in several collections, the checkpoint
 * (monotonic: a lower position never moves it back) and optionally the active-version pointer. Atomic where
 * the adapter can (embedded always, MongoDB on a replica set); elsewhere writes are `_position`-guarded and the
 * checkpoint is written last, so a replay after a crash converges to the same documents.
 */
export interface CommitBatch {
  writes: readonly CollectionWrites[];
  checkpoint?: { name: string; position: number };
  activate?: { readModel: string; version: number; mode: ActivationMode };
  /**
   * The caller hands the documents over and never touches them again (the projection runner does): an
   * in-process adapter may keep them instead of copying them. A plain performance hint; MongoDB ignores it.
   */
  transfer?: boolean;
}

/** The query half of a collection: what GraphQL resolvers and as-of reads use. */
export interface ReadModelQueries<D extends ReadDocument = AnyReadDocument> {
  find<R = D>(filter?: Filter, options?: FindOptions): Promise<R[]>;
  findOne<R = D>(filter?: Filter, options?: Omit<FindOptions, 'limit'>): Promise<R | null>;
  count(filter?: Filter): Promise<number>;
  /**
   * The documents of a find, read in batches so that the whole result is never in memory at once (exports):
   * MongoDB through a driver cursor; the embedded store copies one batch at a time from the matches as they
   * were when the iteration started, and lets other work run between batches. Stop early with `break`.
   */
  stream<R = D>(filter?: Filter, options?: StreamOptions): AsyncIterable<R>;
  /** `$lookup` / `$graphLookup` / `$unionWith` name other collections of the same tenant (read models resolve through their active version). */
  aggregate<R = Record<string, unknown>>(pipeline: readonly PipelineStage[]): Promise<R[]>;
}

export interface ReadCollection<D extends ReadDocument = AnyReadDocument> extends ReadModelQueries<D> {
  /** Physical collection name. */
  readonly name: string;
  bulkWrite(operations: readonly WriteOperation<D>[]): Promise<BulkWriteResult>;
  createIndex(spec: IndexSpec): Promise<void>;
  drop(): Promise<void>;
}

/**
 * Read models by projection name, resolved through the tenant's active-version pointer at each call, so a
 * blue/green swap is seen by the next query. A read model without an active version reads as empty.
 * Implemented by a tenant's read store and by as-of views: query code takes a `ReadModels` and runs on both.
 */
export interface ReadModels {
  readModel<D extends ReadDocument = AnyReadDocument>(projectionName: string): ReadModelQueries<D>;
}

export interface TenantReadStore extends ReadModels {
  readonly tenantId: string;
  /** A physical collection (e.g. `dossiers_v2`); names start with a letter: `_…` is reserved for the adapter. */
  collection<D extends ReadDocument = AnyReadDocument>(name: string): ReadCollection<D>;
  commit(batch: CommitBatch): Promise<void>;
  /** Position of the named checkpoint for this tenant; 0 when absent. */
  checkpoint(name: string): Promise<number>;
  activeVersion(readModel: string): Promise<number | null>;
  setActiveVersion(readModel: string, version: number): Promise<void>;
}

export interface ReadStore {
  readonly kind: 'embedded' | 'mongodb';
  /** True when `commit` is all-or-nothing (embedded; MongoDB replica set or sharded cluster). */
  readonly atomicCommits: boolean;
  /**
   * Validates the tenant id (`assertTenantId`): throws InvalidStreamName for anything that is not a slug, and
   * TenantNotStorable for a slug this adapter cannot hold.
   */
  forTenant(tenantId: string): TenantReadStore;
  /** Tenants that have committed something, sorted. */
  tenants(): Promise<string[]>;
  /** Runner-wide checkpoints, kept in a tenant-less system area that no query can reach; 0 when absent. */
  globalCheckpoint(name: string): Promise<number>;
  saveGlobalCheckpoint(name: string, position: number): Promise<void>;
  close(): Promise<void>;
}

/** A unique index refused a write (same meaning as MongoDB's E11000). */
export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';
  constructor(
    readonly collection: string,
    readonly index: string,
    readonly id: string,
  ) {
    super(`duplicate key in ${collection} index ${index} for document ${id}`);
  }
}

/**
 * This adapter cannot hold this tenant's read models (MongoDB: `cdv_{tenant}` would not be a valid database
 * name). Thrown by `forTenant`; projection runners skip that tenant's events and go on with the others
 * (ADR 0013), since the tenant's events are in the log forever and would otherwise stop every tenant.
 */
export class TenantNotStorable extends Error {
  override readonly name = 'TenantNotStorable';
  constructor(
    readonly tenantId: string,
    readonly reason: string,
  ) {
    super(`the read store cannot hold tenant "${tenantId}": ${reason}`);
  }
}

export class InvalidCollectionName extends Error {
  override readonly name = 'InvalidCollectionName';
}

const COLLECTION = /^[A-Za-z][A-Za-z0-9_.-]{0,119}$/;

/**
 * Collection names start with a letter, so `_checkpoints` and friends stay the adapter's own; `system.` names are
 * MongoDB's own (system.profile, system.views…), refused on every adapter so that a name valid here is valid there.
 */
export function assertCollectionName(name: string): string {
  if (!COLLECTION.test(name) || name.startsWith('system.')) {
    throw new InvalidCollectionName(`"${name}" is not a read-store collection name (a letter, then letters, digits, "_", "." or "-")`);
  }
  return name;
}
