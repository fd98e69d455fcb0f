import type {
  AllStreamResolvedEvent,
  AllStreamSubscription,
  AppendStreamState,
  Filter,
  JSONEventData,
  KurrentDBClient,
  Position,
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
  /** Records per $all read request (default 500, at least 2). */
  pageSize?: number;
  /** How many times an `any` append re-reads the stream head after losing a race (default 20). */
  appendRetries?: number;
  /** How many times a read refused by a node that is no longer the leader is sent again (default 5). */
  notLeaderRetries?: number;
  /**
   * A subscription with nothing to hand out checks, after this long, whether the log moved on without an event it
   * reads (default 100 ms, doubling while nothing changes up to `idleProbeMaxMs`, 2 s). See ADR 0011.
   */
  idleProbeMs?: number;
  idleProbeMaxMs?: number;
}

/** What a subscription asks its store: where the log ends, and whether an event it reads lies before that end. */
interface SubscriptionProbe {
  /** The position up to which no event matching `options` is left after `after`, or `after` when there is one. */
  quietUpTo(after: number, options: SubscribeOptions): Promise<number>;
}

/**
 * KurrentDB (EventStoreDB) adapter of the event store port, for the distributed topology (docs/design.md §7).
 *
 * Mapping: stream names are ours (`{tenant}:{category}-{id}`); the event id, type and JSON data are
 * KurrentDB's own; our metadata (tenantId, actor, recordedAt, prevHash, hash…) is the event's JSON metadata,
 * plus `schemaVersion` and the `$correlationId` / `$causationId` that KurrentDB's system projections read.
 * Position = the event's commit position in the transaction log: every event of a batch is a committed
 * prepare of its own, so positions are distinct and increase with $all (not contiguous: they are byte offsets).
 *
 * Reads that decide (the head before an append, the read-back after it, a stream folded by a command) must not
 * see a follower's stale copy after a failover: every read is sent with `requiresLeader` (the client turns it
 * into the `requires-leader` header, node_modules/@kurrent/kurrentdb-client/dist/Client/index.js `callArguments`;
 * a follower answers NotLeader and the client reconnects to the leader, so the read is sent again).
 *
 * The client (gRPC plus a native bridge, ~0.7 s to load) is imported on first use, so that the embedded
 * topology never pays for it. See docs/adr/0011-kurrentdb-subscriptions-checkpoints-and-ends.md.
 */
export class KurrentDbEventStore implements EventStore {
  private readonly connection: Promise<KurrentDBClient>;
  private readonly pageSize: number;
  private readonly appendRetries: number;
  private readonly notLeaderRetries: number;
  private readonly idleProbe: { initial: number; max: number };
  private readonly subscriptions = new Set<KurrentSubscription>();
  /** Appends and subscriptions go through the client's gRPC channel (reads through its native bridge). */
  private grpcUsed = false;
  private closed = false;

  /** `connection`: a `kurrentdb://…` connection string, or a client built by the caller (credentials provider, cluster options). */
  constructor(connection: string | KurrentDBClient, options: KurrentDbEventStoreOptions = {}) {
    this.pageSize = Math.max(2, options.pageSize ?? 500);
    this.appendRetries = options.appendRetries ?? 20;
    this.notLeaderRetries = options.notLeaderRetries ?? 5;
    this.idleProbe = { initial: options.idleProbeMs ?? 100, max: options.idleProbeMaxMs ?? 2_000 };
    if (typeof connection === 'string') refuseSilentAppendFailures(connection);
    else if ((connection as unknown as { throwOnAppendFailure?: boolean }).throwOnAppendFailure === false) {
      throw new Error(SILENT_APPEND_FAILURES);
    }
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
      let conflict: { actualState?: bigint | string } | null = null;
      try {
        this.grpcUsed = true;
        const outcome = await client.appendToStream(stream, prepared.map(toEventData), { streamState });
        // Only a client built with throwOnAppendFailure=false answers instead of throwing (refused above); never ignore it.
        if (outcome.success === false) conflict = { actualState: outcome.nextExpectedRevision < 0n ? 'no_stream' : outcome.nextExpectedRevision };
      } catch (error) {
        if (!isKurrentError(error, 'wrong-expected-version')) throw error;
        conflict = error as { actualState?: bigint | string };
      }
      if (conflict) {
        if (expected === 'any' && attempt < this.appendRetries) continue;
        const replay = await this.storedBatch(stream, events, expected);
        if (replay) return replay;
        throw new WrongExpectedRevision(stream, expected, typeof conflict.actualState === 'bigint' ? Number(conflict.actualState) : -1);
      }
      // Positions are assigned at commit and not returned per event: read the batch back (from the leader).
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
    let out: RecordedEvent[] = [];
    if (options.maxCount !== 0) {
      out = await this.fromLeader(async () => {
        const read: RecordedEvent[] = [];
        try {
          const reading = client.readStream(stream, {
            direction: backwards ? 'backwards' : 'forwards',
            fromRevision: options.fromRevision !== undefined ? BigInt(options.fromRevision) : backwards ? 'end' : 'start',
            maxCount: options.maxCount ?? Number.MAX_SAFE_INTEGER,
            requiresLeader: true,
          });
          for await (const resolved of reading) {
            const event = fromResolved(resolved);
            if (event) read.push(event);
          }
        } catch (error) {
          if (isKurrentError(error, 'stream-not-found')) throw new StreamNotFound(stream);
          throw error;
        }
        return read;
      });
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
    // The last record read, ours or not: a page of records the server filter lets through but that are not the
    // platform's (another application's events, non-JSON ones) must still move the next page on.
    let cursor = options.after ?? 0;
    for (;;) {
      const page = await this.fromLeader(async () => {
        const records: Array<{ position: number; event: RecordedEvent | null }> = [];
        for await (const resolved of client.readAll({
          fromPosition: positionAt(cursor),
          maxCount: this.pageSize,
          filter: serverFilter(options),
          requiresLeader: true,
        })) {
          records.push({ position: recordPosition(resolved), event: fromResolved(resolved) });
        }
        return records;
      });
      for (const { position, event } of page) {
        // fromPosition is inclusive: the record at `after` (or at the end of the previous page) comes again.
        if (position <= cursor) continue;
        cursor = position;
        if (options.until !== undefined && position > options.until) return out;
        if (!event || !matchesFilter(event, options)) continue;
        out.push(event);
        if (out.length >= limit) return out;
      }
      if (page.length < this.pageSize) return out;
    }
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    if (this.closed) throw new Error('event store is closed');
    const subscription = new KurrentSubscription(
      async (checkpointReached) => {
        const client = await this.open();
        this.grpcUsed = true;
        return client.subscribeToAll(
          { fromPosition: positionAt(options.after ?? 0), filter: { ...serverFilter(options), checkpointReached }, requiresLeader: true },
          { highWaterMark: options.batchSize ?? 500 },
        );
      },
      this,
      options,
      this.idleProbe,
      () => this.subscriptions.delete(subscription),
    );
    this.subscriptions.add(subscription);
    return subscription;
  }

  /**
   * Reads backwards from the end, one record first: the last event of the log (or of a tenant) is usually the
   * last record the server filter lets through, so the server scans back only as far as that event, not the
   * whole of $all for a small tenant. Pages grow when what it finds is not ours.
   */
  async headPosition(options: { tenant?: string } = {}): Promise<number> {
    const client = await this.open();
    let before: number | null = null;
    for (let size = 1; ; size = Math.min(size * 8, this.pageSize)) {
      const from = before;
      const page = await this.fromLeader(async () => {
        const records: Array<{ position: number; event: RecordedEvent | null }> = [];
        for await (const resolved of client.readAll({
          direction: 'backwards',
          fromPosition: from === null ? 'end' : positionAt(from),
          maxCount: size,
          filter: serverFilter(options),
          requiresLeader: true,
        })) {
          records.push({ position: recordPosition(resolved), event: fromResolved(resolved) });
        }
        return records;
      });
      for (const { position, event } of page) {
        if (before !== null && position >= before) continue; // in case the record at fromPosition comes again
        before = position;
        if (event && matchesFilter(event, options)) return event.position;
      }
      if (page.length < size) return 0;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.subscriptions].map((subscription) => subscription.close()));
    const client = await this.connection.catch(() => null);
    if (!client) return;
    await client.dispose();
    // dispose() cancels the client's streams but leaves its gRPC channel open (dist/Client/index.js `dispose`);
    // `getChannel` is protected in the typings but a public field at run time, and returns the open channel.
    if (this.grpcUsed) {
      const getChannel = (client as unknown as { getChannel?: () => Promise<{ close(): void }> }).getChannel;
      // bounded: a client that lost its channel would open (and discover) a new one here
      const channel = await Promise.race([
        getChannel?.call(client).catch(() => undefined),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 2_000).unref()),
      ]);
      channel?.close();
    }
  }

  /** @internal how far a subscription may move on without an event it reads (ADR 0011 « idle probe »). */
  async quietUpTo(after: number, options: SubscribeOptions): Promise<number> {
    const head = await this.headPosition();
    if (head <= after) return after;
    const pending = await this.readAll({ after, until: head, tenant: options.tenant, eventTypes: options.eventTypes, maxCount: 1 });
    return pending.length === 0 ? head : after;
  }

  private async open(): Promise<KurrentDBClient> {
    if (this.closed) throw new Error('event store is closed');
    return this.connection;
  }

  /** Sends a leader read again when the node answered NotLeader: the client has meanwhile reconnected to the leader. */
  private async fromLeader<T>(read: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await read();
      } catch (error) {
        if (!isKurrentError(error, 'not-leader') || attempt > this.notLeaderRetries || this.closed) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** (attempt - 1)));
      }
    }
  }

  /** Revision and hash of the stream's last event (read backwards 1, from the leader), null when the stream does not exist. */
  private async lastEvent(stream: string): Promise<{ revision: number; hash: string | null } | null> {
    const client = await this.open();
    return this.fromLeader(async () => {
      try {
        for await (const resolved of client.readStream(stream, { direction: 'backwards', fromRevision: 'end', maxCount: 1, requiresLeader: true })) {
          const event = resolved.event;
          if (!event) continue;
          return { revision: Number(event.revision), hash: ourMetadata(event)?.hash ?? null };
        }
        return null;
      } catch (error) {
        if (isKurrentError(error, 'stream-not-found')) return null;
        throw error;
      }
    });
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
 *
 * `scannedUpTo` moves with every record the server sends (ours or not) and with the server's checkpoints
 * (`filter.checkpointReached`, dist/streams/utils/Subscription.js `_transform`): the client calls it when it
 * transforms the checkpoint message, after it has pushed every event sent before, so a checkpoint applies once
 * the buffer has been drained after it arrived. The server sends one every 32 × checkpointInterval records read
 * and when the catch-up reaches the end of the log (kurrent-io/KurrentDB, Enumerator.AllSubscriptionFiltered.cs);
 * live, only every 32 records. So a subscription with nothing to hand out asks its store after a short while
 * whether an event it reads lies between it and the head (`quietUpTo`), and moves on to the head when none does.
 *
 * An end that close() did not ask for (the server or the connection dropped the call) is an error, so that the
 * consumer resubscribes instead of believing the log has ended.
 */
class KurrentSubscription implements EventSubscription {
  private source: AllStreamSubscription | null = null;
  private closed = false;
  private ended = false;
  private failure: unknown = null;
  private wake: (() => void) | null = null;
  private delivered = false;
  private position: number;
  private checkpoint = 0;
  private idleDelay: number;
  private readonly batchSize: number;

  constructor(
    private readonly start: (checkpointReached: (subscription: AllStreamSubscription, position: Position) => void) => Promise<AllStreamSubscription>,
    private readonly probe: SubscriptionProbe,
    private readonly options: SubscribeOptions,
    private readonly idleProbe: { initial: number; max: number },
    private readonly onClose: () => void,
  ) {
    this.position = options.after ?? 0;
    this.batchSize = options.batchSize ?? 500;
    this.idleDelay = idleProbe.initial;
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
      const source = await this.start((_subscription, position) => {
        this.checkpoint = Math.max(this.checkpoint, checkpointPosition(position));
        this.signal();
      });
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
    // what this call hands out: events, or at least progress (a drained checkpoint, a probe)
    const before = this.position;
    for (;;) {
      if (this.closed || !this.source) return { done: true, value: undefined };
      const batch: RecordedEvent[] = [];
      // Only a checkpoint that arrived before this drain covers the events read by it (see the class comment).
      const checkpoint = this.checkpoint;
      let drained = false;
      while (batch.length < this.batchSize) {
        const resolved = this.source.read() as AllStreamResolvedEvent | null;
        if (resolved === null) {
          drained = true;
          break;
        }
        const position = recordPosition(resolved);
        if (position <= this.position) continue;
        this.position = position;
        const event = fromResolved(resolved);
        if (event && matchesFilter(event, this.options)) batch.push(event);
      }
      if (drained) this.position = Math.max(this.position, checkpoint);
      if (batch.length > 0 || this.position > before) {
        // an empty batch when only events the filter leaves out came: the consumer moves its checkpoint on
        this.idleDelay = this.idleProbe.initial;
        this.delivered = true;
        return { done: false, value: batch };
      }
      if (this.failure) throw this.failure;
      if (this.checkpoint > checkpoint) continue; // a checkpoint came during the drain: it applies to the next one
      if (this.ended) {
        throw new Error(`KurrentDB ended the $all subscription after position ${this.position} without being asked to (server or connection dropped it)`);
      }
      if (await this.waitOrProbe()) continue;
    }
  }

  /** Waits for the client to signal something; after an idle while, asks the store instead. True: look again. */
  private async waitOrProbe(): Promise<boolean> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const woken = await new Promise<boolean>((resolve) => {
      this.wake = () => resolve(true);
      timer = setTimeout(() => resolve(false), this.idleDelay);
    });
    clearTimeout(timer);
    this.wake = null;
    if (woken || this.closed) return true;
    const from = this.position;
    const quiet = await this.probe.quietUpTo(from, this.options);
    if (quiet > this.position) this.position = quiet;
    else this.idleDelay = Math.min(this.idleDelay * 2, this.idleProbe.max);
    return true;
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

const SILENT_APPEND_FAILURES =
  'KURRENTDB_URL sets throwOnAppendFailure=false: a failed append would then be answered as a result instead of an error, and ' +
  'a concurrent write could pass unnoticed. Remove throwOnAppendFailure from the connection string (the default, true, is required).';

/** The client reads `throwOnAppendFailure` from the query string, keys compared without case, `-` or `_` (dist/Client/parseConnectionString.js). */
function refuseSilentAppendFailures(connectionString: string): void {
  const query = connectionString.split('?')[1] ?? '';
  for (const pair of query.split('&')) {
    const [key, value = ''] = pair.split('=');
    if (key.trim().toLowerCase().replace(/[_-]/g, '') === 'throwonappendfailure' && value.trim().toLowerCase() === 'false') {
      throw new Error(SILENT_APPEND_FAILURES);
    }
  }
}

/** Our metadata as stored in KurrentDB: the envelope's, plus what KurrentDB itself understands. */
type StoredMetadata = EventMetadata & { schemaVersion: number; $correlationId?: string; $causationId?: string };

function toEventData(event: RecordedEvent): JSONEventData {
  const metadata: Record<string, unknown> = { ...event.metadata, schemaVersion: event.schemaVersion } satisfies StoredMetadata;
  if (event.metadata.correlationId !== undefined) metadata.$correlationId = event.metadata.correlationId;
  if (event.metadata.causationId !== undefined) metadata.$causationId = event.metadata.causationId;
  return { id: event.id, contentType: 'application/json', type: event.type, data: event.data as Record<string, unknown>, metadata };
}

/** Position of any record of $all, ours or not (system events, links, other applications' events). */
function recordPosition(resolved: ResolvedEvent | AllStreamResolvedEvent): number {
  const commit = resolved.event?.position?.commit ?? resolved.commitPosition;
  if (commit === undefined) throw new Error('KurrentDB returned a record without a position: the server must be 22.6 or later');
  return Number(commit);
}

/**
 * A checkpoint covers every record at or before it. Our positions are commit = prepare; for a position whose
 * prepare is lower (legacy transactions), the lower bound is the one every covered event of ours is at or below.
 */
function checkpointPosition(position: Position): number {
  return Number(position.commit < position.prepare ? position.commit : position.prepare);
}

/** Our envelope, or null for what is not ours (system events, links, events written by other tools). */
function fromResolved(resolved: ResolvedEvent | AllStreamResolvedEvent): RecordedEvent | null {
  const event = resolved.event as KurrentRecordedEvent | undefined;
  if (!event || !event.isJson || event.streamId.startsWith('$')) return null;
  const metadata = ourMetadata(event);
  if (!metadata) return null;
  const { schemaVersion, $correlationId: _correlation, $causationId: _causation, ...envelope } = metadata;
  return {
    id: event.id,
    type: event.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    stream: event.streamId,
    revision: Number(event.revision),
    position: recordPosition(resolved),
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

/**
 * Server-side filter: a tenant is a stream-name prefix `{tenant}:`; otherwise types, or just no system events.
 * `checkpointInterval` 1: a checkpoint every 32 records read (the server's search window, ADR 0011).
 */
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
function isKurrentError(error: unknown, type: 'stream-not-found' | 'wrong-expected-version' | 'not-leader'): boolean {
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
