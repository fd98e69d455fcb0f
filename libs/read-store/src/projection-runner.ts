import {
  applyProjection,
  projectionCollection,
  type EventStore,
  type EventSubscription,
  type Projected,
  type Projection,
  type ReadDocument,
  type RecordedEvent,
  timeSlice,
} from '@cdv/eventsourcing';
import { backoffDelay, InterruptibleSleep, type RetryPolicy } from './backoff';
import { describePoison, ProjectionUnavailable, WaitForPositionTimeout, type PoisonEvent } from './projection-errors';
import { TenantNotStorable, type ActivationMode, type ReadStore, type TenantReadStore, type WriteOperation } from './read-store.port';

export type ProjectionState = 'idle' | 'catching-up' | 'live' | 'retrying' | 'stopped' | 'poisoned' | 'failed';

/** What the platform publishes about a runner (GraphQL field, health check). */
export interface ProjectionStatus {
  name: string;
  version: number;
  /** Physical collection written, `{name}_v{version}`; also the name of the runner's checkpoints. */
  collection: string;
  state: ProjectionState;
  /** Global position up to which every tenant's documents are committed. */
  checkpoint: number;
  /** Head of the event store when last looked at. */
  head: number;
  /** Events of the projection's types applied since the runner started (the others are not even read). */
  eventsProcessed: number;
  poison?: PoisonEvent;
  lastError?: string;
  retryAttempt?: number;
  /** Tenants the read store cannot hold (TenantNotStorable): their events are skipped, the others' projected (ADR 0013). */
  refusedTenants?: RefusedTenant[];
}

export interface RefusedTenant {
  tenantId: string;
  reason: string;
  /** Position of the first of its events the runner skipped. */
  firstPosition: number;
  /** Events of the projection's types skipped since the runner started. */
  eventsSkipped: number;
}

/** Lag as a metric: events and seconds the read model is behind the head of the log. */
export interface ProjectionLag {
  name: string;
  version: number;
  checkpoint: number;
  head: number;
  /**
   * Events after the checkpoint: counted exactly up to 1 000; beyond, the distance to the head in positions divided
   * by the positions per event of those 1 000 (positions are byte offsets on KurrentDB, event numbers elsewhere).
   */
  eventsBehind: number;
  eventsBehindEstimated: boolean;
  /** Age of the oldest event not yet projected (0 when caught up). */
  secondsBehind: number;
}

/** One committed batch, for progress reporting. */
export interface BatchReport {
  events: number;
  tenants: number;
  checkpoint: number;
  head: number;
}

export interface RunnerLogger {
  warn(message: string): void;
  error(message: string): void;
}

export interface ProjectionRunnerOptions<D extends ReadDocument = ReadDocument> {
  eventStore: EventStore;
  readStore: ReadStore;
  projection: Projection<D>;
  /** Events read per batch (default 1 000; rebuilds use larger ones). */
  batchSize?: number;
  /** Backoff for transient failures of either store. */
  retry?: RetryPolicy;
  /**
   * How the runner sets a tenant's active-version pointer with its first commit for that tenant: `if-absent`
   * (default: a live runner never steals the pointer from another version), `upgrade`, or `never` (rebuilds,
   * which swap at the end).
   */
  activation?: ActivationMode | 'never';
  onPoison?(poison: PoisonEvent): void;
  onBatch?(report: BatchReport): void;
  logger?: RunnerLogger;
  /** For secondsBehind (tests). */
  now?(): number;
}

const LAG_SAMPLE = 1_000;

interface TenantBatch<D extends ReadDocument> {
  tenantId: string;
  store: TenantReadStore;
  checkpoint: number;
  ids: Set<string>;
  /** Batch-local documents: loaded once, then every event of the batch chains on them. */
  docs: Map<string, Projected<D>>;
  /** id → position of the last event that wrote it (deletes are guarded with it). */
  dirty: Map<string, number>;
  last: number;
}

interface Waiter {
  position: number;
  resolve(): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

/**
 * Runs one projection over `$all` for every tenant (docs/design.md §7, ADR 0003):
 * - reads batches from its global checkpoint, routes each event by `metadata.tenantId`, loads the documents a
 *   tenant's events touch in one query, applies the events in order on a batch-local map (`applyProjection`),
 *   then commits per tenant: documents + that tenant's checkpoint, atomically where the store can;
 * - writes the global checkpoint (system area) only after every tenant of the batch committed; on restart it
 *   resumes from it and skips, per tenant, the events at or below that tenant's checkpoint: a crash between two
 *   tenant commits loses nothing and counts nothing twice;
 * - retries store failures with backoff (re-running the batch is safe for the same reasons), and stops on a
 *   poison event (evolve throws) after committing everything before it, reporting its position and id.
 */
export class ProjectionRunner<D extends ReadDocument = ReadDocument> {
  readonly name: string;
  readonly version: number;
  readonly collection: string;

  private readonly projection: Projection<D>;
  private readonly eventStore: EventStore;
  private readonly readStore: ReadStore;
  private readonly batchSize: number;
  private readonly retry: RetryPolicy;
  private readonly logger: RunnerLogger;
  private readonly now: () => number;
  private readonly eventTypes: ReadonlySet<string>;
  private activation: ActivationMode | 'never';

  private state: ProjectionState = 'idle';
  private checkpointPosition = 0;
  private head = 0;
  private eventsProcessed = 0;
  private poison?: PoisonEvent;
  private lastError?: string;
  private retryAttempt = 0;
  /** Consecutive failures of the subscription itself (reads), across resubscriptions. */
  private readFailures = 0;

  private loop: Promise<void> | null = null;
  private subscription: EventSubscription | null = null;
  private stopping = false;
  private readonly sleeper = new InterruptibleSleep();
  private readonly tenantStores = new Map<string, TenantReadStore>();
  private readonly tenantCheckpoints = new Map<string, number>();
  private readonly indexed = new Set<string>();
  private readonly activated = new Set<string>();
  private readonly waiters = new Set<Waiter>();
  private readonly refused = new Map<string, RefusedTenant>();
  private caughtUp = deferred<number>();

  constructor(private readonly options: ProjectionRunnerOptions<D>) {
    this.projection = options.projection;
    this.name = options.projection.name;
    this.version = options.projection.version;
    this.collection = projectionCollection(options.projection);
    this.eventStore = options.eventStore;
    this.readStore = options.readStore;
    this.batchSize = options.batchSize ?? 1_000;
    this.retry = options.retry ?? {};
    this.logger = options.logger ?? console;
    this.now = options.now ?? Date.now;
    this.eventTypes = new Set(options.projection.eventTypes);
    this.activation = options.activation ?? 'if-absent';
  }

  /** Starts catching up, then follows the log live, in the background. */
  start(): this {
    if (this.loop) return this;
    this.stopping = false;
    this.readFailures = 0;
    this.poison = undefined;
    this.lastError = undefined;
    if (this.caughtUp.settled) this.caughtUp = deferred<number>(); // a fresh promise per run, kept for callers of the first
    // state read from the stores at each start: a restart must see what another instance committed
    this.tenantCheckpoints.clear();
    this.state = 'catching-up';
    this.loop = this.run().finally(() => {
      this.loop = null;
    });
    return this;
  }

  /** Finishes the batch in progress (its commits included), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.sleeper.wake();
    await this.subscription?.close();
    await this.loop;
  }

  /** Resolves with the checkpoint once the runner has reached the head seen at that time; rejects if it stops first. */
  whenCaughtUp(): Promise<number> {
    return this.caughtUp.promise;
  }

  get checkpoint(): number {
    return this.checkpointPosition;
  }

  status(): ProjectionStatus {
    return {
      name: this.name,
      version: this.version,
      collection: this.collection,
      state: this.state,
      checkpoint: this.checkpointPosition,
      head: Math.max(this.head, this.checkpointPosition),
      eventsProcessed: this.eventsProcessed,
      ...(this.poison ? { poison: this.poison } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
      ...(this.retryAttempt > 0 ? { retryAttempt: this.retryAttempt } : {}),
      ...(this.refused.size > 0 ? { refusedTenants: [...this.refused.values()].map((refused) => ({ ...refused })) } : {}),
    };
  }

  async lag(): Promise<ProjectionLag> {
    return { name: this.name, version: this.version, ...(await measureLag(this.eventStore, this.checkpointPosition, this.now)) };
  }

  /** Read-your-writes: resolves once every tenant's documents are committed at or past `position`. */
  waitForPosition(position: number, timeoutMs: number): Promise<void> {
    if (this.checkpointPosition >= position) return Promise.resolve();
    const unavailable = this.unavailable();
    if (unavailable) return Promise.reject(unavailable);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        position,
        resolve,
        reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new WaitForPositionTimeout(this.name, position, this.checkpointPosition, timeoutMs));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Rebuilds switch their runner to `upgrade` after the swap, so tenants seen later get the new version too. */
  setActivation(mode: ActivationMode | 'never'): void {
    this.activation = mode;
    this.activated.clear();
  }

  private async run(): Promise<void> {
    try {
      const start = await this.withRetry('read the global checkpoint', () => this.readStore.globalCheckpoint(this.collection));
      if (start === undefined) return;
      this.advance(start);
      while (!this.stopping) {
        const outcome = await this.follow();
        if (outcome !== 'resubscribe') break;
      }
    } catch (error) {
      this.fail(error);
    } finally {
      await this.subscription?.close();
      this.subscription = null;
      if (this.state !== 'poisoned' && this.state !== 'failed') this.state = 'stopped';
      this.caughtUp.reject(new ProjectionUnavailable(this.name, this.unavailable()?.reason ?? 'stopped before catching up'));
      this.rejectWaiters();
    }
  }

  /** One subscription from the checkpoint; a failing read resubscribes after a backoff. */
  private async follow(): Promise<'resubscribe' | 'done'> {
    const refreshed = await this.withRetry('read the head position', () => this.eventStore.headPosition());
    if (refreshed === undefined) return 'done';
    this.observeHead(refreshed);
    // Only this projection's event types are read (and parsed); the subscription says how far it has read the log
    // besides, and the checkpoint follows it, so a projection whose events are rare still catches up with the head.
    const subscription = this.eventStore.subscribe({ after: this.checkpointPosition, batchSize: this.batchSize, eventTypes: this.projection.eventTypes });
    this.subscription = subscription;
    try {
      if (this.stopping) return 'done'; // stop() came before this subscription existed: it could not close it
      // A live subscription never ends unless closed: an end nobody asked for (a server restart, a dropped
      // connection) is a read failure, retried with backoff, not a silent stop of the read model (ADR 0011).
      const ended = (): Error => new Error(`the event store ended the subscription after position ${this.checkpointPosition} without being asked to`);
      for await (const batch of subscription) {
        if (this.stopping) return 'done';
        this.readFailures = 0;
        const scanned = subscription.scannedUpTo;
        // positions increase within a batch: when its first event is past the checkpoint, all of them are
        const fresh =
          batch.length > 0 && batch[0].position > this.checkpointPosition ? batch : batch.filter((event) => event.position > this.checkpointPosition);
        let processed = 0;
        let tenants = 0;
        if (fresh.length > 0) {
          const result = await this.withRetry(`commit a batch ending at ${fresh[fresh.length - 1].position}`, () => this.processBatch(fresh));
          if (result === undefined) return 'done';
          if (result.poison) {
            this.stopOnPoison(result.poison);
            return 'done';
          }
          ({ processed, tenants } = result);
        }
        if (scanned > this.checkpointPosition) {
          const saved = await this.withRetry(`save the checkpoint at ${scanned}`, () =>
            this.readStore.saveGlobalCheckpoint(this.collection, scanned).then(() => true),
          );
          if (saved === undefined) return 'done';
          this.advance(scanned);
        } else if (fresh.length === 0) continue;
        const head = await this.withRetry('read the head position', () => this.eventStore.headPosition());
        if (head === undefined) return 'done';
        this.observeHead(head);
        this.options.onBatch?.({ events: processed, tenants, checkpoint: this.checkpointPosition, head: this.head });
      }
      if (this.stopping) return 'done';
      throw ended();
    } catch (error) {
      if (this.stopping) return 'done';
      this.readFailures += 1;
      if (!this.mayRetry(this.readFailures, `read events after ${this.checkpointPosition}`, error)) return 'done';
      await this.sleeper.sleep(backoffDelay(this.readFailures, this.retry));
      return 'resubscribe';
    } finally {
      await subscription.close();
    }
  }

  /**
   * Applies a batch and commits it; returns how many events (from the start of the batch) are now behind the
   * checkpoint, and the poison event if one stopped it. Idempotent: re-running it after a partial failure
   * skips the tenants already committed (their checkpoint) and the documents already written (`_position`).
   */
  private async processBatch(events: readonly RecordedEvent[]): Promise<{ processed: number; tenants: number; poison?: PoisonEvent }> {
    const groups = new Map<string, TenantBatch<D>>();
    const routed: Array<{ index: number; event: RecordedEvent; group: TenantBatch<D> }> = [];
    let end = events.length;
    let poison: PoisonEvent | undefined;
    // a batch is thousands of small synchronous steps on the embedded store: let HTTP (health probes) through
    const pause = timeSlice();

    // 1. route by tenant, skip what each tenant has committed already, collect the ids to load
    for (let index = 0; index < events.length && !poison; index++) {
      const event = events[index];
      if (!this.eventTypes.has(event.type)) continue;
      if (this.isRefused(event)) continue;
      try {
        const group = groups.get(event.metadata.tenantId) ?? (await this.openGroup(event.metadata.tenantId, groups));
        if (event.position <= group.checkpoint) continue;
        for (const id of this.projection.documentIds(event)) group.ids.add(id);
        routed.push({ index, event, group });
      } catch (error) {
        if (isStoreError(error)) throw error;
        if (error instanceof TenantNotStorable) {
          this.refuse(event, error);
          continue;
        }
        poison = this.poisonOf(event, error);
        end = index;
      }
    }

    // 2. one query per tenant for every document the batch touches
    await Promise.all(
      [...groups.values()]
        .filter((group) => group.ids.size > 0)
        .map(async (group) => {
          // evolve never mutates a document (it returns a new one): the store need not copy what it hands out
          const docs = await group.store.collection<Projected<D>>(this.collection).find({ _id: { $in: [...group.ids] } }, { readOnly: true });
          for (const doc of docs) group.docs.set(doc._id, doc);
        }),
    );

    // 3. apply in log order; several events on one document chain through the batch-local map
    for (const { index, event, group } of routed) {
      if (index >= end) break;
      await pause();
      let writes;
      try {
        writes = applyProjection(this.projection, event, (id) => group.docs.get(id) ?? null);
      } catch (error) {
        poison = this.poisonOf(event, error);
        end = index;
        break;
      }
      for (const write of writes) {
        if (write.kind === 'upsert') group.docs.set(write.id, write.document);
        else group.docs.delete(write.id);
        group.dirty.set(write.id, event.position);
      }
      group.last = event.position;
    }

    // 4. commit tenant by tenant, each with its own checkpoint
    let tenants = 0;
    for (const group of groups.values()) {
      if (group.last === 0) continue;
      await pause();
      await this.commitTenant(group);
      tenants += 1;
    }

    // 5. only then the global checkpoint: everything before `end` is in every tenant's documents
    if (end > 0) {
      const position = events[end - 1].position;
      await this.readStore.saveGlobalCheckpoint(this.collection, position);
      this.eventsProcessed += end;
      this.advance(position);
    }
    return { processed: end, tenants, poison };
  }

  private async openGroup(tenantId: string, groups: Map<string, TenantBatch<D>>): Promise<TenantBatch<D>> {
    let store = this.tenantStores.get(tenantId);
    if (!store) {
      store = this.readStore.forTenant(tenantId); // throws on a malformed tenant id: a poison event
      this.tenantStores.set(tenantId, store);
    }
    let checkpoint = this.tenantCheckpoints.get(tenantId);
    if (checkpoint === undefined) {
      try {
        checkpoint = await store.checkpoint(this.collection);
      } catch (error) {
        throw new StoreError(error);
      }
      this.tenantCheckpoints.set(tenantId, checkpoint);
    }
    const group: TenantBatch<D> = { tenantId, store, checkpoint, ids: new Set(), docs: new Map(), dirty: new Map(), last: 0 };
    groups.set(tenantId, group);
    return group;
  }

  private async commitTenant(group: TenantBatch<D>): Promise<void> {
    const { store, tenantId } = group;
    if (!this.indexed.has(tenantId)) {
      for (const spec of this.projection.indexes ?? []) await store.collection(this.collection).createIndex(spec);
      this.indexed.add(tenantId);
    }
    const operations: WriteOperation<Projected<D>>[] = [];
    for (const [id, position] of group.dirty) {
      const document = group.docs.get(id);
      operations.push(document ? { kind: 'upsert', id, document } : { kind: 'delete', id, position });
    }
    const activate = this.activation !== 'never' && !this.activated.has(tenantId);
    await store.commit({
      writes: [{ collection: this.collection, operations }],
      checkpoint: { name: this.collection, position: group.last },
      transfer: true, // the batch-local documents are dropped after this commit
      ...(activate ? { activate: { readModel: this.name, version: this.version, mode: this.activation as ActivationMode } } : {}),
    });
    if (activate) this.activated.add(tenantId);
    this.tenantCheckpoints.set(tenantId, group.last);
  }

  /** Runs a step until it succeeds; undefined when the runner stops or gives up (state `failed`). */
  private async withRetry<T>(what: string, step: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await step();
        if (this.retryAttempt > 0) {
          this.retryAttempt = 0;
          this.lastError = undefined;
          this.state = this.checkpointPosition >= this.head ? 'live' : 'catching-up';
        }
        return result;
      } catch (error) {
        if (this.stopping || !this.mayRetry(attempt, what, error)) return undefined;
        await this.sleeper.sleep(backoffDelay(attempt, this.retry));
        if (this.stopping) return undefined;
      }
    }
  }

  private mayRetry(attempt: number, what: string, error: unknown): boolean {
    const cause = error instanceof StoreError ? error.cause : error;
    this.lastError = `${what}: ${messageOf(cause)}`;
    this.retryAttempt = attempt;
    if (attempt >= (this.retry.maxAttempts ?? Infinity)) {
      this.fail(cause);
      return false;
    }
    this.state = 'retrying';
    this.logger.warn(`projection ${this.collection}: ${this.lastError} (attempt ${attempt}, retrying)`);
    return true;
  }

  private fail(error: unknown): void {
    this.state = 'failed';
    this.lastError = this.lastError ?? messageOf(error);
    this.logger.error(`projection ${this.collection} failed: ${this.lastError}`);
    this.stopping = true;
  }

  private stopOnPoison(poison: PoisonEvent): void {
    this.poison = poison;
    this.state = 'poisoned';
    this.stopping = true;
    this.logger.error(`projection ${this.collection} ${describePoison(poison)}`);
    this.options.onPoison?.(poison);
  }

  /**
   * The read store cannot hold this tenant (TenantNotStorable): its events are skipped and counted, the other
   * tenants go on. Reported once in the log and always in `status().refusedTenants` (ADR 0013).
   */
  private refuse(event: RecordedEvent, error: TenantNotStorable): void {
    this.refused.set(event.metadata.tenantId, { tenantId: event.metadata.tenantId, reason: error.reason, firstPosition: event.position, eventsSkipped: 1 });
    this.logger.error(
      `projection ${this.collection}: tenant "${event.metadata.tenantId}" skipped from position ${event.position}, the read store cannot hold it (${error.reason}); the other tenants go on`,
    );
  }

  private isRefused(event: RecordedEvent): boolean {
    const refused = this.refused.get(event.metadata.tenantId);
    if (refused) refused.eventsSkipped += 1;
    return refused !== undefined;
  }

  private poisonOf(event: RecordedEvent, error: unknown): PoisonEvent {
    return {
      projection: this.name,
      version: this.version,
      position: event.position,
      eventId: event.id,
      eventType: event.type,
      stream: event.stream,
      tenantId: event.metadata.tenantId,
      message: messageOf(error),
    };
  }

  private observeHead(head: number): void {
    this.head = Math.max(this.head, head);
    if (this.checkpointPosition >= head) {
      this.state = 'live';
      this.caughtUp.resolve(this.checkpointPosition);
    } else if (this.state === 'live') {
      this.state = 'catching-up';
    }
  }

  private advance(position: number): void {
    this.checkpointPosition = Math.max(this.checkpointPosition, position);
    if (this.state === 'catching-up' && this.checkpointPosition >= this.head && this.head > 0) this.observeHead(this.head);
    for (const waiter of [...this.waiters]) {
      if (waiter.position > this.checkpointPosition) continue;
      clearTimeout(waiter.timer);
      this.waiters.delete(waiter);
      waiter.resolve();
    }
  }

  private unavailable(): ProjectionUnavailable | null {
    if (this.state === 'poisoned' && this.poison) return new ProjectionUnavailable(this.name, describePoison(this.poison), this.poison);
    if (this.state === 'failed') return new ProjectionUnavailable(this.name, `failed: ${this.lastError ?? 'unknown error'}`);
    return null;
  }

  private rejectWaiters(): void {
    const unavailable = this.unavailable();
    if (!unavailable) return; // a stopped runner may be restarted: waiters keep their own timeout
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(unavailable);
    }
    this.waiters.clear();
  }
}

/**
 * How far `checkpoint` is behind the head: the events after it counted up to 1 000, then extrapolated from the
 * positions those 1 000 span (event numbers on SQLite and memory, byte offsets on KurrentDB), and the age of the
 * oldest one. Shared by the runners and by processes that only read the projector's checkpoints.
 */
export async function measureLag(eventStore: EventStore, checkpoint: number, now: () => number = Date.now): Promise<Omit<ProjectionLag, 'name' | 'version'>> {
  const [head, pending] = await Promise.all([eventStore.headPosition(), eventStore.readAll({ after: checkpoint, maxCount: LAG_SAMPLE })]);
  const estimated = pending.length >= LAG_SAMPLE;
  const positionsPerEvent = estimated ? Math.max(1, (pending[pending.length - 1].position - checkpoint) / pending.length) : 1;
  return {
    checkpoint,
    head,
    eventsBehind: estimated ? Math.max(pending.length, Math.round((head - checkpoint) / positionsPerEvent)) : pending.length,
    eventsBehindEstimated: estimated,
    secondsBehind: pending.length > 0 ? Math.max(0, (now() - Date.parse(pending[0].metadata.recordedAt)) / 1000) : 0,
  };
}

/** Marks a read-store failure raised where projection code also runs, so it is retried, not taken for poison. */
class StoreError extends Error {
  constructor(override readonly cause: unknown) {
    super(messageOf(cause));
  }
}

function isStoreError(error: unknown): boolean {
  return error instanceof StoreError;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface Deferred<T> {
  promise: Promise<T>;
  readonly settled: boolean;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let settled = false;
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((ok, ko) => {
    resolve = ok;
    reject = ko;
  });
  promise.catch(() => undefined); // nobody may be waiting
  return {
    promise,
    get settled() {
      return settled;
    },
    resolve: (value) => {
      if (settled) return;
      settled = true;
      resolve(value);
    },
    reject: (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    },
  };
}
