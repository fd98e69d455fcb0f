import { assertTenantId, projectionCollection, type IndexSpec, type ReadDocument } from '@cdv/eventsourcing';
import {
  assertCollectionName,
  type AnyReadDocument,
  type BulkWriteResult,
  type CommitBatch,
  type Filter,
  type FindOptions,
  type PipelineStage,
  type ReadCollection,
  type ReadModelQueries,
  type ReadStore,
  type StreamOptions,
  type TenantReadStore,
  type WriteOperation,
} from '../read-store.port';
import { streamFrom } from '../stream';
import {
  aggregateDocuments,
  CollectionData,
  findDocuments,
  select,
  streamDocuments,
  type QueryPlan,
  type StoredDocument,
  type Undo,
} from './embedded-collection-data';

/** One tenant's collections, checkpoints and active-version pointers. */
class TenantData {
  readonly collections = new Map<string, CollectionData>();
  readonly checkpoints = new Map<string, number>();
  readonly active = new Map<string, number>();

  collection(name: string): CollectionData {
    let data = this.collections.get(name);
    if (!data) this.collections.set(name, (data = new CollectionData(name)));
    return data;
  }

  /** `$lookup: { from: 'dossiers' }` reads the active version of the read model when there is one. */
  resolve(name: string): CollectionData | undefined {
    const version = this.active.get(name);
    return this.collections.get(version === undefined ? name : projectionCollection({ name, version }));
  }
}

/**
 * The embedded read store (docs/design.md §7, embedded topology): tenants' collections in this process, queried with
 * mingo (the MongoDB query language), hash indexes for equality lookups. Nothing is persisted: the projection
 * runners rebuild it from the event store at start (no global checkpoint → they start from position 0).
 * Every call is synchronous underneath, so a commit is atomic with respect to every other call.
 */
export class EmbeddedReadStore implements ReadStore {
  readonly kind = 'embedded';
  readonly atomicCommits = true;
  private readonly data = new Map<string, TenantData>();
  private readonly system = new Map<string, number>();
  private closed = false;

  forTenant(tenantId: string): EmbeddedTenantReadStore {
    return new EmbeddedTenantReadStore(this, assertTenantId(tenantId));
  }

  async tenants(): Promise<string[]> {
    return [...this.data.keys()].sort();
  }

  async globalCheckpoint(name: string): Promise<number> {
    return this.system.get(name) ?? 0;
  }

  async saveGlobalCheckpoint(name: string, position: number): Promise<void> {
    this.assertOpen();
    this.system.set(name, Math.max(position, this.system.get(name) ?? 0));
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  /** @internal the tenant's data, created on first write. */
  tenantData(tenantId: string, create: true): TenantData;
  tenantData(tenantId: string, create?: false): TenantData | undefined;
  tenantData(tenantId: string, create = false): TenantData | undefined {
    let data = this.data.get(tenantId);
    if (!data && create) {
      this.assertOpen();
      this.data.set(tenantId, (data = new TenantData()));
    }
    return data;
  }

  /**
   * @internal Fills a collection with documents the caller will never mutate again (as-of views): no copy on
   * the way in; queries still hand out copies.
   */
  loadCollection(tenantId: string, name: string, docs: Iterable<StoredDocument>, indexes: readonly IndexSpec[] = []): void {
    const data = this.tenantData(assertTenantId(tenantId), true).collection(assertCollectionName(name));
    const undo: Undo = [];
    for (const spec of indexes) data.createIndex(spec);
    for (const doc of docs) data.put(doc._id, doc, undo);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the embedded read store is closed');
  }
}

export class EmbeddedTenantReadStore implements TenantReadStore {
  constructor(
    private readonly store: EmbeddedReadStore,
    readonly tenantId: string,
  ) {}

  collection<D extends ReadDocument = AnyReadDocument>(name: string): EmbeddedCollection<D> {
    return new EmbeddedCollection<D>(this.store, this.tenantId, assertCollectionName(name));
  }

  readModel<D extends ReadDocument = AnyReadDocument>(projectionName: string): ReadModelQueries<D> {
    const physical = () => {
      const version = this.store.tenantData(this.tenantId)?.active.get(projectionName);
      return version === undefined ? null : new EmbeddedCollection<D>(this.store, this.tenantId, projectionCollection({ name: projectionName, version }));
    };
    return {
      find: async <R = D>(filter?: Filter, options?: FindOptions) => physical()?.find<R>(filter, options) ?? [],
      findOne: async <R = D>(filter?: Filter, options?: Omit<FindOptions, 'limit'>) => physical()?.findOne<R>(filter, options) ?? null,
      count: async (filter?: Filter) => physical()?.count(filter) ?? 0,
      stream: <R = D>(filter?: Filter, options?: StreamOptions) => streamFrom(async () => physical()?.stream<R>(filter, options)),
      aggregate: async <R = Record<string, unknown>>(pipeline: readonly PipelineStage[]) => physical()?.aggregate<R>(pipeline) ?? [],
    };
  }

  async commit(batch: CommitBatch): Promise<void> {
    for (const writes of batch.writes) assertCollectionName(writes.collection);
    const tenant = this.store.tenantData(this.tenantId, true);
    const undo: Undo = [];
    const result: BulkWriteResult = { written: 0, deleted: 0, skipped: 0 };
    try {
      for (const writes of batch.writes) {
        const data = tenant.collection(writes.collection);
        for (const operation of writes.operations) data.apply(operation, undo, result, batch.transfer);
      }
      if (batch.checkpoint) {
        const { name, position } = batch.checkpoint;
        const previous = tenant.checkpoints.get(name);
        if (previous === undefined || position > previous) {
          tenant.checkpoints.set(name, position);
          undo.push(() => (previous === undefined ? tenant.checkpoints.delete(name) : tenant.checkpoints.set(name, previous)));
        }
      }
      if (batch.activate) {
        const { readModel, version, mode } = batch.activate;
        const current = tenant.active.get(readModel);
        if (current === undefined || (mode === 'upgrade' && current < version)) tenant.active.set(readModel, version);
      }
    } catch (error) {
      for (const revert of undo.reverse()) revert();
      throw error;
    }
  }

  async checkpoint(name: string): Promise<number> {
    return this.store.tenantData(this.tenantId)?.checkpoints.get(name) ?? 0;
  }

  async activeVersion(readModel: string): Promise<number | null> {
    return this.store.tenantData(this.tenantId)?.active.get(readModel) ?? null;
  }

  async setActiveVersion(readModel: string, version: number): Promise<void> {
    this.store.tenantData(this.tenantId, true).active.set(readModel, version);
  }
}

export class EmbeddedCollection<D extends ReadDocument = AnyReadDocument> implements ReadCollection<D> {
  constructor(
    private readonly store: EmbeddedReadStore,
    private readonly tenantId: string,
    readonly name: string,
  ) {}

  async find<R = D>(filter?: Filter, options?: FindOptions): Promise<R[]> {
    return findDocuments(this.data(), filter, options) as R[];
  }

  async findOne<R = D>(filter?: Filter, options: Omit<FindOptions, 'limit'> = {}): Promise<R | null> {
    const [first] = findDocuments(this.data(), filter, { ...options, limit: 1 });
    return (first as R | undefined) ?? null;
  }

  async count(filter?: Filter): Promise<number> {
    return select(this.data(), filter).docs.length;
  }

  stream<R = D>(filter?: Filter, options?: StreamOptions): AsyncIterable<R> {
    // the collection is looked up when the iteration starts, like a find at that moment
    return streamFrom(async () => streamDocuments(this.data(), filter, options) as AsyncIterable<R>);
  }

  async aggregate<R = Record<string, unknown>>(pipeline: readonly PipelineStage[]): Promise<R[]> {
    const tenant = this.store.tenantData(this.tenantId);
    return aggregateDocuments(this.data(), pipeline, (name) => tenant?.resolve(name)) as R[];
  }

  /** How a filter would be answered (strategy, index, documents examined): lets tests prove indexes are used. */
  explain(filter?: Filter): QueryPlan {
    return select(this.data(), filter).plan;
  }

  async bulkWrite(operations: readonly WriteOperation<D>[]): Promise<BulkWriteResult> {
    const data = this.store.tenantData(this.tenantId, true).collection(this.name);
    const undo: Undo = [];
    const result: BulkWriteResult = { written: 0, deleted: 0, skipped: 0 };
    try {
      for (const operation of operations) data.apply(operation, undo, result);
    } catch (error) {
      for (const revert of undo.reverse()) revert();
      throw error;
    }
    return result;
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    this.store.tenantData(this.tenantId, true).collection(this.name).createIndex(spec);
  }

  async drop(): Promise<void> {
    this.store.tenantData(this.tenantId)?.collections.delete(this.name);
  }

  private data(): CollectionData | undefined {
    return this.store.tenantData(this.tenantId)?.collections.get(this.name);
  }
}
