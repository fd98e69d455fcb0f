import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  AppendStreamState,
  Filter,
  JSONEventData,
  KurrentDBClient,
  ReadPosition,
  RecordedEvent as KurrentRecordedEvent,
  ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  IdempotencyConflict,
  StreamNotFound,
  WrongExpectedRevision,
  matchesFilter,
  prepareAppend,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type EventSubscription,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
  yieldToEventLoop,
} from '@cdv/eventsourcing';

export interface KurrentDbEventStoreOptions {
  /** Events per $all read request (default 500). */
  pageSize?: number;
  /** How many times an `any` append re-reads the stream head after losing a race (default 20). */
  appendRetries?: number;
}

/**
 * KurrentDB (EventStoreDB) adapter of the event store port, for the distributed topology (DESIGN §7).
 *
 * Mapping: stream names are ours (`{tenant}:{category}-{id}`); the event id, type and JSON data are
 * KurrentDB's own; our metadata (tenantId, actor, recordedAt, prevHash, hash…) is the event's JSON metadata,
 * plus `schemaVersion` and the `$correlationId` / `$causationId` that KurrentDB's system projections read.
 * Position = the event's commit position in the transaction log: every event of a batch is a committed
 * prepare of its own, so positions are distinct and increase with $all (not contiguous).
 *
 * The client (gRPC plus a native bridge, ~0.7 s to load) is imported on first use, so that the embedded
 * topology never pays for it.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly connection: Promise<KurrentDBClient>;
  private readonly pageSize: number;
  private readonly appendRetries: number;
  private readonly subscriptions = new Set<KurrentSubscription>();
  private closed = false;

  /** `connection`: a `kurrentdb://…` connection string, or a client built by the caller (credentials provider, cluster options). */
  constructor(connection: string | KurrentDBClient, options: KurrentDbEventStoreOptions = {}) {
    this.pageSize = options.pageSize ?? 500;
    this.appendRetries = options.appendRetries ?? 20;
    this.connection =
      typeof connection === 'string'
        ? import('@kurrent/kurrentdb-client').then((lib) => lib.KurrentDBClient.connectionString(connection))
        : Promise.resolve(connection);
    // Reported by the first call that awaits it, not as an unhandled rejection.
    this.connection.catch(() => undefined);
  }

  async append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const client = await this.open();
    const expected = options.expectedRevision;
    for (let attempt = 0; ; attempt++) {
      const head = await this.lastEvent(stream);
      const actual = head ? head.revision : -1;
      if (expected === 'any' || !sameRevision(expected, actual)) {
        // KurrentDB's own id idempotency only holds for a retry sent with the same expected state: look ourselves.
        const replay = await this.storedBatch(stream, events, expected);
        if (replay) return replay;
        if (expected !== 'any') throw new WrongExpectedRevision(stream, expected, actual);
      }
      // The hash chain continues from the head we read, so even `any` is sent as "the head has not moved".
      const prepared = prepareAppend(stream, events, { revision: actual, hash: head?.hash ?? null });
      const streamState: AppendStreamState = actual < 0 ? 'no_stream' : BigInt(actual);
      try {
        await client.appendToStream(stream, prepared.map(toEventData), { streamState });
      } catch (error) {
        if (!isKurrentError(error, 'wrong-expected-version')) throw error;
        if (expected === 'any' && attempt < this.appendRetries) continue;
        const replay = await this.storedBatch(stream, events, expected);
        if (replay) return replay;
        const actualState = (error as { actualState?: bigint | string }).actualState;
        throw new WrongExpectedRevision(stream, expected, typeof actualState === 'bigint' ? Number(actualState) : -1);
      }
      // Positions are assigned at commit and not returned per event: read the batch back.
      const stored = await this.readStream(stream, { fromRevision: actual + 1, maxCount: prepared.length });
      if (stored.map((event) => event.id).join() !== prepared.map((event) => event.id).join()) {
        throw new Error(`append to ${stream}: the events read back are not the ones written`);
      }
      return result(stored);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const client = await this.open();
    const backwards = options.direction === 'backwards';
    const out: RecordedEvent[] = [];
    if (options.maxCount !== 0) {
      try {
        const reading = client.readStream(stream, {
          direction: backwards ? 'backwards' : 'forwards',
          fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? 'end' : 'start',
          maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
        });
        for await (const resolved of reading) {
          const event = fromResolved(resolved);
          if (event) out.push(event);
        }
      } catch (error) {
        if (isKurrentError(error, 'stream-not-found')) throw new StreamNotFound(stream);
        throw error;
      }
    }
    // Reading past the end of an existing stream is an empty answer, not StreamNotFound.
    if (out.length === 0 && !(await this.lastEvent(stream))) throw new StreamNotFound(stream);
    return out;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const client = await this.open();
    const limit = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (options.eventTypes?.length === 0 || limit <= 0) return [];
    const out: RecordedEvent[] = [];
    let last = options.after ?? 0;
    for (;;) {
      let count = 0;
      const page = client.readAll({ fromPosition: positionAt(last), maxCount: this.pageSize, filter: serverFilter(options) });
      for await (const resolved of page) {
        count += 1;
        const event = fromResolved(resolved);
        // fromPosition is inclusive: the event at `after` (or at the end of the previous page) comes again.
        if (!event || event.position <= last) continue;
        last = event.position;
        if (options.until !== undefined && event.position > options.until) return out;
        if (!matchesFilter(event, options)) continue;
        out.push(event);
        if (out.length >= limit) return out;
      }
      if (count < this.pageSize) return out;
    }
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    if (this.closed) throw new Error('event store is closed');
    const subscription = new KurrentSubscription(
      async () => {
        const client = await this.open();
        return client.subscribeToAll(
          { fromPosition: positionAt(options.after ?? 0), filter: serverFilter(options) },
          { highWaterMark: options.batchSize ?? 500 },
        );
      },
      options,
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(options: { tenant?: string } = {}): Promise<number> {
    const client = await this.open();
    const page = client.readAll({ direction: 'backwards', fromPosition: 'end', maxCount: 100, filter: serverFilter(options) });
    for await (const resolved of page) {
      const event = fromResolved(resolved);
      if (event && matchesFilter(event, options)) return event.position;
    }
    return 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    const client = await this.connection.catch(() => null);
    await client?.dispose();
  }

  private async open(): Promise<KurrentDBClient> {
    if (this.closed) throw new Error('event store is closed');
    return this.connection;
  }

  /** Revision and hash of the stream's last event (read backwards 1), null when the stream does not exist. */
  private async lastEvent(stream: string): Promise<{ revision: number; hash: string | null } | null> {
    const client = await this.open();
    try {
      for await (const resolved of client.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1 })) {
        const event = resolved.event;
        if (!event) continue;
        return { revision: Number(event.revision), hash: ourMetadata(event)?.hash ?? null };
      }
      return null;
    } catch (error) {
      if (isKurrentError(error, 'stream-not-found')) return null;
      throw error;
    }
  }

  /**
   * The original result when the batch's ids are stored already in this stream. A retry carries the expected
   * revision of its first run, so the copy sits right after it; with `any` the whole stream is searched.
   */
  private async storedBatch(stream: string, events: readonly NewEvent[], expected: ExpectedRevision): Promise<AppendResult | null> {
    const ids = events.flatMap((event) => (event.id ? [event.id] : []));
    if (ids.length === 0) return null;
    let candidates: RecordedEvent[];
    try {
      candidates =
        expected === 'any'
          ? await this.readStream(stream)
          : await this.readStream(stream, { fromRevision: expected === 'no_stream' ? 0 : expected + 1, maxCount: events.length });
    } catch (error) {
      if (error instanceof StreamNotFound) return null;
      throw error;
    }
    const byId = new Map(candidates.map((event) => [event.id, event]));
    const known = ids.filter((id) => byId.has(id));
    if (known.length === 0) return null;
    if (known.length < events.length) throw new IdempotencyConflict(stream, known);
    return { ...result(ids.map((id) => byId.get(id) as RecordedEvent)), alreadyStored: true };
  }
}

/**
 * A live $all subscription read in paused mode: each `next()` takes what the client has buffered (at most
 * batchSize events), or waits for more. The client's stream stops pulling from the server when its buffer
 * is full, which is the back-pressure.
 */
class KurrentSubscription implements EventSubscription {
  private source: AllStreamSubscription | null = null;
  private closed = false;
  private ended = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;
  private delivered = false;
  private position: number;
  private readonly batchSize: number;

  constructor(
    private readonly start: () => Promise<AllStreamSubscription>,
    private readonly options: SubscribeOptions,
    private readonly onClose: () => void,
  ) {
    this.position = options.after ?? 0;
    this.batchSize = options.batchSize ?? 500;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.onClose();
    this.signal();
    const source = this.source;
    if (source) {
      await source.unsubscribe().catch(() => undefined);
      source.destroy();
    }
  }

  get scannedUpTo(): number {
    return this.position;
  }

  [Symbol.asyncIterator](): AsyncIterator<RecordedEvent[]> {
    return {
      next: () => this.next(),
      return: async () => {
        await this.close();
        return { done: true, value: undefined };
      },
    };
  }

  private async next(): Promise<IteratorResult<RecordedEvent[]>> {
    if (this.delivered) {
      this.delivered = false;
      await yieldToEventLoop();
    }
    if (!this.source && !this.closed) {
      const source = await this.start();
      if (this.closed) {
        // closed while the server subscription was being opened: nobody else will cancel it
        await source.unsubscribe().catch(() => undefined);
        source.destroy();
        return { done: true, value: undefined };
      }
      source.on('readable', () => this.signal());
      source.on('end', () => this.finish());
      source.on('close', () => this.finish());
      source.on('error', (error: Error) => {
        this.failure = error;
        this.signal();
      });
      this.source = source;
    }
    for (;;) {
      if (this.closed || !this.source) return { done: true, value: undefined };
      const batch: RecordedEvent[] = [];
      const before = this.position;
      let resolved: AllStreamResolvedEvent | null;
      while (batch.length < this.batchSize && (resolved = this.source.read() as AllStreamResolvedEvent | null) !== null) {
        const event = fromResolved(resolved);
        if (!event || event.position <= this.position) continue;
        this.position = event.position;
        if (matchesFilter(event, this.options)) batch.push(event);
      }
      if (batch.length > 0 || this.position > before) {
        // an empty batch when only events the filter leaves out came: the consumer moves its checkpoint on
        this.delivered = true;
        return { done: false, value: batch };
      }
      if (this.failure) throw this.failure;
      if (this.ended) return { done: true, value: undefined };
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
  }

  private finish(): void {
    this.ended = true;
    this.signal();
  }

  private signal(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

// --- mapping ----------------------------------------------------------------------------------------------

/** Our metadata as stored in KurrentDB: the envelope's, plus what KurrentDB itself understands. */
type StoredMetadata = EventMetadata & { schemaVersion: number; $correlationId?: string; $causationId?: string };

function toEventData(event: RecordedEvent): JSONEventData {
  const metadata: Record<string, unknown> = { ...event.metadata, schemaVersion: event.schemaVersion } satisfies StoredMetadata;
  if (event.metadata.correlationId !== undefined) metadata.$correlationId = event.metadata.correlationId;
  if (event.metadata.causationId !== undefined) metadata.$causationId = event.metadata.causationId;
  return { id: event.id, contentType: 'application/json', type: event.type, data: event.data as Record<string, unknown>, metadata };
}

/** Our envelope, or null for what is not ours (system events, links, events written by other tools). */
function fromResolved(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event as KurrentRecordedEvent | undefined;
  if (!event || !event.isJson || event.streamId.startsWith('$')) return null;
  const metadata = ourMetadata(event);
  if (!metadata) return null;
  const commit = event.position?.commit ?? resolved.commitPosition;
  if (commit === undefined) {
    throw new Error(`KurrentDB returned event ${event.id} without a position: the server must be 22.6 or later`);
  }
  const { schemaVersion, $correlationId: _correlation, $causationId: _causation, ...envelope } = metadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    stream: event.streamId,
    revision: Number(event.revision),
    position: Number(commit),
    data: event.data,
    metadata: envelope,
  };
}

function ourMetadata(event: KurrentRecordedEvent): StoredMetadata | null {
  const metadata: unknown = event.metadata;
  if (!metadata || typeof metadata !== 'object' || Array.isArray(metadata) || metadata instanceof Uint8Array) return null;
  const candidate = metadata as Partial<StoredMetadata>;
  return typeof candidate.tenantId === 'string' && typeof candidate.hash === 'string' ? (candidate as StoredMetadata) : null;
}

/** Server-side filter: a tenant is a stream-name prefix `{tenant}:`; otherwise types, or just no system events. */
function serverFilter(options: { tenant?: string; eventTypes?: readonly string[] }): Filter {
  if (options.tenant !== undefined) {
    return { filterOn: 'streamName', prefixes: [`${options.tenant}:`], checkpointInterval: 1 };
  }
  if (options.eventTypes !== undefined && options.eventTypes.length > 0) {
    const alternatives = options.eventTypes.map((type) => type.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    return { filterOn: 'eventType', regex: `^(?:${alternatives})$`, checkpointInterval: 1 };
  }
  return { filterOn: 'eventType', regex: '^[^$]', checkpointInterval: 1 };
}

/** Our positions are commit positions of committed prepares, where commit = prepare. */
function positionAt(position: number): ReadPosition {
  return position > 0 ? { commit: BigInt(position), prepare: BigInt(position) } : 'start';
}

/** By the client's documented `type` (ErrorType), which survives a second copy of the client in the process. */
function isKurrentError(error: unknown, type: 'stream-not-found' | 'wrong-expected-version'): boolean {
  return typeof error === 'object' && error !== null && (error as { type?: unknown }).type === type;
}

function sameRevision(expected: number | 'no_stream', actual: number): boolean {
  return expected === 'no_stream' ? actual === -1 : expected === actual;
}

function result(events: RecordedEvent[]): AppendResult {
  return {
    nextExpectedRevision: events[events.length - 1].revision,
    positions: events.map((event) => event.position),
    events,
  };
}
