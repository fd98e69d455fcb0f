import {
  applyProjection,
  assertTenantId,
  projectionCollection,
  type EventStore,
  type Projected,
  type Projection,
  type ReadDocument,
  type RecordedEvent,
} from '@cdv/eventsourcing';
import { EmbeddedReadStore } from './embedded/embedded-read-store';
import type { StoredDocument } from './embedded/embedded-collection-data';
import type { AnyReadDocument, ReadModelQueries, ReadModels } from './read-store.port';

/** A global position, or a recorded time (ISO 8601): the last position recorded at or before it. */
export type AsOfPoint = { position: number } | { asOf: string };

/** Read models of one tenant as they were at a position: the same queries as on the live store. */
export interface AsOfView extends ReadModels {
  tenantId: string;
  /** The position the view stands at (for `asOf`, the last event recorded at or before it; 0 before any). */
  position: number;
  asOf?: string;
}

export interface AsOfReaderOptions {
  eventStore: EventStore;
  projections: ReadonlyArray<Projection<ReadDocument>>;
  /** A snapshot of each read model every this many of the tenant's events it reads (default 2 000). */
  snapshotEvery?: number;
  /** Tenants whose history is cached (least recently used are dropped; default 16). */
  maxTenants?: number;
  /** Events per read (default 5 000). */
  readChunk?: number;
}

export class InvalidAsOf extends Error {
  override readonly name = 'InvalidAsOf';
}

type Documents = Map<string, Projected<ReadDocument>>;

interface Snapshot {
  position: number;
  /** Frozen by convention: maps are copied, documents shared (applyProjection never mutates one). */
  docs: Documents;
}

/** One read model of one tenant: snapshots at regular positions, and the state at the furthest position read. */
class ModelHistory {
  readonly snapshots: Snapshot[] = [{ position: 0, docs: new Map() }];
  readonly head: Snapshot = { position: 0, docs: new Map() };
  private sinceSnapshot = 0;

  constructor(
    readonly projection: Projection<ReadDocument>,
    private readonly snapshotEvery: number,
  ) {}

  apply(event: RecordedEvent): void {
    if (event.position <= this.head.position || !this.projection.eventTypes.includes(event.type)) return;
    applyTo(this.head.docs, this.projection, event);
    this.head.position = event.position;
    if (++this.sinceSnapshot >= this.snapshotEvery) {
      this.snapshots.push({ position: event.position, docs: new Map(this.head.docs) });
      this.sinceSnapshot = 0;
    }
  }

  /** Every event of the tenant up to `position` has been seen. */
  reached(position: number): void {
    this.head.position = Math.max(this.head.position, position);
  }

  /** The last snapshot at or before `position`. */
  snapshotAt(position: number): Snapshot {
    let low = 0;
    let high = this.snapshots.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.snapshots[middle].position <= position) low = middle;
      else high = middle - 1;
    }
    return this.snapshots[low];
  }
}

/** One tenant: the (position, recordedAt) of each of its events read so far, and its read models' histories. */
class TenantHistory {
  readonly positions: number[] = [];
  readonly times: number[] = [];
  /** Every event of the tenant at or below this position is in `positions`. */
  readUpTo = 0;
  readonly models = new Map<string, ModelHistory>();
  /** Reads and extensions of one tenant run one at a time. */
  lock: Promise<unknown> = Promise.resolve();
}

/**
 * As-of reads (docs/design.md §5): a tenant's read models rebuilt by the same projection code over its events up to a
 * position or a recorded time, loaded into an embedded (mingo) store so that the same MongoDB queries run on
 * them. Per (projection, tenant) it keeps snapshots every `snapshotEvery` events; a read replays only the tail
 * after the nearest snapshot. History is immutable, so cached snapshots never go stale; new events extend them.
 */
export class AsOfReader {
  private readonly projections = new Map<string, Projection<ReadDocument>>();
  private readonly tenants = new Map<string, TenantHistory>();
  private readonly snapshotEvery: number;
  private readonly maxTenants: number;
  private readonly readChunk: number;

  constructor(private readonly options: AsOfReaderOptions) {
    for (const projection of options.projections) this.projections.set(projection.name, projection);
    this.snapshotEvery = options.snapshotEvery ?? 2_000;
    this.maxTenants = options.maxTenants ?? 16;
    this.readChunk = options.readChunk ?? 5_000;
  }

  /** The read models (all, or the ones named) of a tenant at a position or a recorded time. */
  async at(tenantId: string, point: AsOfPoint, projectionNames?: readonly string[]): Promise<AsOfView> {
    assertTenantId(tenantId);
    const projections = (projectionNames ?? [...this.projections.keys()]).map((name) => this.projection(name));
    return this.locked(tenantId, async (tenant) => {
      const position = 'asOf' in point ? await this.positionAt(tenant, tenantId, point.asOf, projections) : checkPosition(point.position);
      // Read models not yet read that far are fed in one pass over the log, not one pass each.
      const behind = this.models(tenant, projections).filter((model) => position >= model.head.position);
      if (behind.length > 1) await this.extend(tenant, tenantId, behind, Math.min(position, await this.options.eventStore.headPosition()));
      const view = new EmbeddedReadStore();
      const store = view.forTenant(tenantId);
      for (const projection of projections) {
        const docs = await this.stateAt(tenant, tenantId, projection, position);
        view.loadCollection(tenantId, projectionCollection(projection), docs.values() as Iterable<StoredDocument>, projection.indexes);
        await store.setActiveVersion(projection.name, projection.version);
      }
      return {
        tenantId,
        position,
        ...('asOf' in point ? { asOf: point.asOf } : {}),
        readModel: <D extends ReadDocument = AnyReadDocument>(name: string): ReadModelQueries<D> => store.readModel<D>(name),
      };
    });
  }

  /** One read model at a point: shorthand for `at(...).readModel(name)`. */
  async readModel<D extends ReadDocument = AnyReadDocument>(
    projectionName: string,
    tenantId: string,
    point: AsOfPoint,
  ): Promise<ReadModelQueries<D> & { position: number }> {
    const view = await this.at(tenantId, point, [projectionName]);
    return Object.assign(view.readModel<D>(projectionName), { position: view.position });
  }

  /** The last position of the tenant recorded at or before `asOf` (0 when none). */
  async resolvePosition(tenantId: string, asOf: string): Promise<number> {
    assertTenantId(tenantId);
    return this.locked(tenantId, (tenant) => this.positionAt(tenant, tenantId, asOf, []));
  }

  /** Reads a tenant's history up to the head now, so the first as-of query does not pay for it. */
  async warm(tenantId: string, projectionNames?: readonly string[]): Promise<void> {
    assertTenantId(tenantId);
    const projections = (projectionNames ?? [...this.projections.keys()]).map((name) => this.projection(name));
    await this.locked(tenantId, async (tenant) =>
      this.extend(tenant, tenantId, this.models(tenant, projections), await this.options.eventStore.headPosition()),
    );
  }

  /** The position up to which the tenant's history is cached (0 when none): how far `warm` got. */
  preparedUpTo(tenantId: string): number {
    return this.tenants.get(tenantId)?.readUpTo ?? 0;
  }

  private async positionAt(tenant: TenantHistory, tenantId: string, asOf: string, projections: ReadonlyArray<Projection<ReadDocument>>): Promise<number> {
    const time = Date.parse(asOf);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(asOf) || Number.isNaN(time)) throw new InvalidAsOf(`asOf "${asOf}" is not an ISO 8601 instant (e.g. 2024-03-01T12:00:00Z)`);
    // read on until an event recorded after asOf (recordedAt follows positions), feeding the models on the way
    if (!(tenant.times.length > 0 && tenant.times[tenant.times.length - 1] > time)) {
      await this.extend(tenant, tenantId, this.models(tenant, projections), await this.options.eventStore.headPosition(), time);
    }
    for (let index = tenant.times.length - 1; index >= 0; index--) if (tenant.times[index] <= time) return tenant.positions[index];
    return 0;
  }

  private async stateAt(tenant: TenantHistory, tenantId: string, projection: Projection<ReadDocument>, position: number): Promise<Documents> {
    const [model] = this.models(tenant, [projection]);
    if (position >= model.head.position) {
      await this.extend(tenant, tenantId, [model], Math.min(position, await this.options.eventStore.headPosition()));
      if (position >= model.head.position) return new Map(model.head.docs);
    }
    // an earlier position: the nearest snapshot, then the tail of this projection's events
    const snapshot = model.snapshotAt(position);
    const docs = new Map(snapshot.docs);
    for (let after = snapshot.position; ;) {
      const events = await this.options.eventStore.readAll({
        tenant: tenantId,
        eventTypes: projection.eventTypes,
        after,
        until: position,
        maxCount: this.readChunk,
      });
      for (const event of events) applyTo(docs, projection, event);
      if (events.length < this.readChunk) return docs;
      after = events[events.length - 1].position;
    }
  }

  /**
   * Reads the tenant's events (all types: the timeline needs every recordedAt) up to `until`, or until one is
   * recorded after `stopAfterTime`, and feeds them to the models that have not seen them.
   */
  private async extend(tenant: TenantHistory, tenantId: string, models: readonly ModelHistory[], until: number, stopAfterTime?: number): Promise<void> {
    let after = Math.min(tenant.readUpTo, ...models.map((model) => model.head.position));
    let reached = after;
    while (after < until) {
      const events = await this.options.eventStore.readAll({ tenant: tenantId, after, until, maxCount: this.readChunk });
      let laterThanAsOf = false;
      for (const event of events) {
        if (event.position > tenant.readUpTo) {
          const time = Date.parse(event.metadata.recordedAt);
          tenant.positions.push(event.position);
          tenant.times.push(time);
          tenant.readUpTo = event.position;
          if (stopAfterTime !== undefined && time > stopAfterTime) laterThanAsOf = true;
        }
        for (const model of models) model.apply(event);
      }
      reached = events.length < this.readChunk ? until : events[events.length - 1].position;
      for (const model of models) model.reached(reached);
      tenant.readUpTo = Math.max(tenant.readUpTo, reached);
      if (events.length < this.readChunk || laterThanAsOf) break;
      after = reached;
    }
  }

  private models(tenant: TenantHistory, projections: ReadonlyArray<Projection<ReadDocument>>): ModelHistory[] {
    return projections.map((projection) => {
      const key = projectionCollection(projection);
      let model = tenant.models.get(key);
      if (!model) tenant.models.set(key, (model = new ModelHistory(projection, this.snapshotEvery)));
      return model;
    });
  }

  private projection(name: string): Projection<ReadDocument> {
    const projection = this.projections.get(name);
    if (!projection) throw new Error(`no projection named "${name}" for as-of reads (known: ${[...this.projections.keys()].join(', ')})`);
    return projection;
  }

  /** Runs `work` alone on the tenant's history; a failure drops the history (it may be half-applied). */
  private locked<T>(tenantId: string, work: (tenant: TenantHistory) => Promise<T>): Promise<T> {
    let tenant = this.tenants.get(tenantId);
    if (tenant) this.tenants.delete(tenantId);
    else tenant = new TenantHistory();
    this.tenants.set(tenantId, tenant); // most recently used last
    while (this.tenants.size > this.maxTenants) this.tenants.delete(this.tenants.keys().next().value as string);
    const current = tenant;
    const run = current.lock.then(() =>
      work(current).catch((error: unknown) => {
        if (this.tenants.get(tenantId) === current) this.tenants.delete(tenantId);
        throw error;
      }),
    );
    current.lock = run.catch(() => undefined);
    return run;
  }
}

function applyTo(docs: Documents, projection: Projection<ReadDocument>, event: RecordedEvent): void {
  let writes;
  try {
    writes = applyProjection(projection, event, (id) => docs.get(id) ?? null);
  } catch (error) {
    throw new Error(
      `as-of read of ${projectionCollection(projection)}: event ${event.id} at position ${event.position} cannot be applied: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  for (const write of writes) {
    if (write.kind === 'upsert') docs.set(write.id, write.document);
    else docs.delete(write.id);
  }
}

function checkPosition(position: number): number {
  if (!Number.isSafeInteger(position) || position < 0) throw new InvalidAsOf(`asOfPosition ${position} is not a position (an integer ≥ 0)`);
  return position;
}
