import { assertTenantId, projectionCollection, type IndexSpec, type ReadDocument } from '@cdv/eventsourcing';
import { MongoClient, MongoServerError, type ClientSession, type Collection, type Db, type MongoClientOptions } from 'mongodb';
import { mapPipelineCollections, pipelineCollections } from '../pipeline-collections';
import {
  assertCollectionName,
  type AnyReadDocument,
  DuplicateKeyError,
  TenantNotStorable,
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
import { toBulkWriteResult, toMongoWrite, type StoredDocument } from './mongodb-writes';

export interface MongoReadStoreOptions {
  /** `mongodb://…` or `mongodb+srv://…` */
  url: string;
  /** Tenant databases are `{prefix}_{tenant}`, the system area `{prefix}__system` (no tenant id starts with "_"). */
  databasePrefix?: string;
  /** `auto` (default): transactions when the server is a replica set or a sharded cluster. */
  transactions?: 'auto' | 'always' | 'never';
  client?: MongoClientOptions;
}

interface CheckpointDocument {
  _id: string;
  position: number;
  updatedAt: string;
}
interface ActiveVersionDocument {
  _id: string;
  version: number;
}
interface TenantDocument {
  _id: string;
}

const CHECKPOINTS = '_checkpoints';
const ACTIVE_VERSIONS = '_active_versions';
const NAMESPACE_NOT_FOUND = 26;
const DUPLICATE_KEY = 11000;

/** E11000 becomes the port's DuplicateKeyError, whichever adapter raised it. */
function translateWriteError(error: unknown, collection: string): unknown {
  if (!(error instanceof MongoServerError) || error.code !== DUPLICATE_KEY) return error;
  const index = /index: (\S+)/.exec(error.message)?.[1] ?? 'unknown';
  const id = typeof error.keyValue?._id === 'string' ? error.keyValue._id : JSON.stringify(error.keyValue ?? {});
  return new DuplicateKeyError(collection, index, id);
}

/**
 * The driver's client as the read store needs it. `ignoreUndefined`: the driver's default (false) serializes
 * `undefined` as BSON null, so `{ pilier: undefined }` would be stored as `pilier: null`, found by
 * `{ pilier: { $exists: true } }`; the embedded store drops it. With it, undefined is no value on both
 * (https://www.mongodb.com/docs/drivers/node/current/fundamentals/bson/undefined-values/; the read-store contract
 * checks `$exists`). Set last, so that client options cannot turn it off.
 */
export function mongoClient(options: Pick<MongoReadStoreOptions, 'url' | 'client'>): MongoClient {
  return new MongoClient(options.url, { ...options.client, ignoreUndefined: true });
}

/**
 * Connects and detects whether the server can run transactions (`hello`: a `setName` means a replica set,
 * `isdbgrid` a mongos). With them, a tenant's commit (documents + checkpoint) is one transaction; without,
 * writes are `_position`-guarded and the checkpoint is written last, so a replay changes nothing.
 */
export async function createMongoReadStore(options: MongoReadStoreOptions): Promise<MongoReadStore> {
  const client = mongoClient(options);
  await client.connect();
  try {
    const hello = await client.db('admin').command({ hello: 1 });
    const replicated = typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
    const mode = options.transactions ?? 'auto';
    return new MongoReadStore(client, options.databasePrefix ?? 'cdv', mode === 'always' || (mode === 'auto' && replicated));
  } catch (error) {
    await client.close();
    throw error;
  }
}

/** The MongoDB read store: one database per tenant (`cdv_{tenant}`), indexes declared by each read model. */
export class MongoReadStore implements ReadStore {
  readonly kind = 'mongodb';
  private readonly registered = new Set<string>();

  constructor(
    readonly client: MongoClient,
    readonly databasePrefix: string,
    readonly atomicCommits: boolean,
  ) {
    if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(databasePrefix)) throw new Error(`"${databasePrefix}" is not a database prefix`);
  }

  forTenant(tenantId: string): MongoTenantReadStore {
    const tenant = assertTenantId(tenantId);
    const name = `${this.databasePrefix}_${tenant}`;
    // MongoDB database names are shorter than 64 bytes (https://www.mongodb.com/docs/manual/reference/limits/#naming-restrictions)
    if (Buffer.byteLength(name) > 63) throw new TenantNotStorable(tenant, `its database name ${name} is longer than MongoDB's 63 bytes`);
    return new MongoTenantReadStore(this, tenant, this.client.db(name));
  }

  async tenants(): Promise<string[]> {
    const docs = await this.systemDb().collection<TenantDocument>('tenants').find({}).sort({ _id: 1 }).toArray();
    return docs.map((doc) => doc._id);
  }

  async globalCheckpoint(name: string): Promise<number> {
    const doc = await this.systemDb().collection<CheckpointDocument>('checkpoints').findOne({ _id: name });
    return doc?.position ?? 0;
  }

  async saveGlobalCheckpoint(name: string, position: number): Promise<void> {
    await this.systemDb()
      .collection<CheckpointDocument>('checkpoints')
      .updateOne({ _id: name }, { $max: { position }, $set: { updatedAt: new Date().toISOString() } }, { upsert: true });
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Drops every database of this prefix that the store knows of (tests, `reset` tooling). */
  async dropDatabases(): Promise<void> {
    for (const tenant of await this.tenants()) await this.client.db(`${this.databasePrefix}_${tenant}`).dropDatabase();
    await this.systemDb().dropDatabase();
    this.registered.clear();
  }

  /** @internal remembers the tenant in the system area once per process (tenants() reads it). */
  async register(tenantId: string): Promise<void> {
    if (this.registered.has(tenantId)) return;
    await this.systemDb()
      .collection<TenantDocument>('tenants')
      .updateOne({ _id: tenantId }, { $setOnInsert: { _id: tenantId } }, { upsert: true });
    this.registered.add(tenantId);
  }

  private systemDb(): Db {
    return this.client.db(`${this.databasePrefix}__system`);
  }
}

export class MongoTenantReadStore implements TenantReadStore {
  constructor(
    private readonly store: MongoReadStore,
    readonly tenantId: string,
    readonly db: Db,
  ) {}

  collection<D extends ReadDocument = AnyReadDocument>(name: string): MongoCollection<D> {
    return new MongoCollection<D>(this, this.db.collection<StoredDocument>(assertCollectionName(name)));
  }

  readModel<D extends ReadDocument = AnyReadDocument>(projectionName: string): ReadModelQueries<D> {
    const physical = async () => {
      const version = await this.activeVersion(projectionName);
      return version === null ? null : this.collection<D>(projectionCollection({ name: projectionName, version }));
    };
    return {
      find: async <R = D>(filter?: Filter, options?: FindOptions) => (await physical())?.find<R>(filter, options) ?? [],
      findOne: async <R = D>(filter?: Filter, options?: Omit<FindOptions, 'limit'>) => (await physical())?.findOne<R>(filter, options) ?? null,
      count: async (filter?: Filter) => (await physical())?.count(filter) ?? 0,
      stream: <R = D>(filter?: Filter, options?: StreamOptions) => streamFrom(async () => (await physical())?.stream<R>(filter, options)),
      aggregate: async <R = Record<string, unknown>>(pipeline: readonly PipelineStage[]) => (await physical())?.aggregate<R>(pipeline) ?? [],
    };
  }

  async commit(batch: CommitBatch): Promise<void> {
    for (const writes of batch.writes) assertCollectionName(writes.collection);
    await this.store.register(this.tenantId);
    if (!this.store.atomicCommits) {
      await this.writeBatch(batch);
      return;
    }
    const session = this.store.client.startSession();
    try {
      await session.withTransaction(() => this.writeBatch(batch, session));
    } finally {
      await session.endSession();
    }
  }

  async checkpoint(name: string): Promise<number> {
    const doc = await this.db.collection<CheckpointDocument>(CHECKPOINTS).findOne({ _id: name });
    return doc?.position ?? 0;
  }

  async activeVersion(readModel: string): Promise<number | null> {
    const doc = await this.db.collection<ActiveVersionDocument>(ACTIVE_VERSIONS).findOne({ _id: readModel });
    return doc?.version ?? null;
  }

  async setActiveVersion(readModel: string, version: number): Promise<void> {
    await this.store.register(this.tenantId);
    await this.db.collection<ActiveVersionDocument>(ACTIVE_VERSIONS).updateOne({ _id: readModel }, { $set: { version } }, { upsert: true });
  }

  /** @internal */
  async register(): Promise<void> {
    await this.store.register(this.tenantId);
  }

  /** @internal foreign collection names of a pipeline → their active versions. */
  async resolvePipeline(pipeline: readonly PipelineStage[]): Promise<PipelineStage[]> {
    const names = pipelineCollections(pipeline);
    const resolved = new Map<string, string>();
    await Promise.all(
      names.map(async (name) => {
        const version = await this.activeVersion(name);
        resolved.set(name, version === null ? assertCollectionName(name) : projectionCollection({ name, version }));
      }),
    );
    return mapPipelineCollections(pipeline, (name) => resolved.get(name) ?? name);
  }

  /** Documents, then the pointer, then the checkpoint last: without a transaction, a crash leaves it behind, never ahead. */
  private async writeBatch(batch: CommitBatch, session?: ClientSession): Promise<void> {
    for (const writes of batch.writes) {
      if (writes.operations.length === 0) continue;
      try {
        await this.db.collection<StoredDocument>(writes.collection).bulkWrite(writes.operations.map(toMongoWrite), { ordered: true, session });
      } catch (error) {
        throw translateWriteError(error, writes.collection);
      }
    }
    if (batch.activate) {
      const { readModel, version, mode } = batch.activate;
      const versions = this.db.collection<ActiveVersionDocument>(ACTIVE_VERSIONS);
      if (mode === 'upgrade') {
        await versions.updateOne({ _id: readModel }, [{ $set: { version: { $max: ['$version', version] } } }], { upsert: true, session });
      } else {
        await versions.updateOne({ _id: readModel }, { $setOnInsert: { version } }, { upsert: true, session });
      }
    }
    if (batch.checkpoint) {
      const { name, position } = batch.checkpoint;
      await this.db
        .collection<CheckpointDocument>(CHECKPOINTS)
        .updateOne({ _id: name }, { $max: { position }, $set: { updatedAt: new Date().toISOString() } }, { upsert: true, session });
    }
  }
}

export class MongoCollection<D extends ReadDocument = AnyReadDocument> implements ReadCollection<D> {
  constructor(
    private readonly tenant: MongoTenantReadStore,
    private readonly collection: Collection<StoredDocument>,
  ) {}

  get name(): string {
    return this.collection.collectionName;
  }

  async find<R = D>(filter: Filter = {}, options: FindOptions = {}): Promise<R[]> {
    const docs = await this.collection.find(filter, { sort: options.sort, limit: options.limit, skip: options.skip, projection: options.projection }).toArray();
    return docs as unknown as R[];
  }

  async findOne<R = D>(filter: Filter = {}, options: Omit<FindOptions, 'limit'> = {}): Promise<R | null> {
    const doc = await this.collection.findOne(filter, { sort: options.sort, skip: options.skip, projection: options.projection });
    return doc as unknown as R | null;
  }

  async count(filter: Filter = {}): Promise<number> {
    return this.collection.countDocuments(filter);
  }

  /** A driver cursor: the server sends `batchSize` documents at a time; closed when the loop ends or breaks. */
  async *stream<R = D>(filter: Filter = {}, options: StreamOptions = {}): AsyncGenerator<R> {
    const cursor = this.collection.find(filter, { sort: options.sort, projection: options.projection, batchSize: Math.max(1, options.batchSize ?? 500) });
    try {
      for await (const doc of cursor) yield doc as unknown as R;
    } finally {
      await cursor.close();
    }
  }

  async aggregate<R = Record<string, unknown>>(pipeline: readonly PipelineStage[]): Promise<R[]> {
    const resolved = await this.tenant.resolvePipeline(pipeline);
    return (await this.collection.aggregate(resolved).toArray()) as unknown as R[];
  }

  async bulkWrite(operations: readonly WriteOperation<D>[]): Promise<BulkWriteResult> {
    if (operations.length === 0) return { written: 0, deleted: 0, skipped: 0 };
    await this.tenant.register();
    try {
      const result = await this.collection.bulkWrite(
        operations.map((operation) => toMongoWrite(operation)),
        { ordered: true },
      );
      return toBulkWriteResult(result);
    } catch (error) {
      throw translateWriteError(error, this.name);
    }
  }

  async createIndex(spec: IndexSpec): Promise<void> {
    await this.collection.createIndex(spec.keys, { unique: spec.unique ?? false });
  }

  async drop(): Promise<void> {
    try {
      await this.collection.drop();
    } catch (error) {
      if (!(error instanceof MongoServerError && error.code === NAMESPACE_NOT_FOUND)) throw error;
    }
  }
}
