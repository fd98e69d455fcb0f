import type { ExpectedRevision, NewEvent, RecordedEvent } from './envelope';

/**
 * The event store port (docs/design.md §7). Adapters: sqlite (embedded default), memory (tests), kurrentdb
 * (distributed). All pass the contract suite in libs/event-store/src/contract.
 *
 * Positions given to readAll/subscribe are exclusive: `after: p` returns events whose position is > p,
 * so a consumer passes its checkpoint as it is. 0 (or absent) means from the beginning.
 */
export interface EventStore {
  /**
   * Appends atomically, checking the stream's revision. Computes recordedAt, prevHash and hash.
   * Re-appending events whose ids are all stored already in this stream is a no-op that returns the
   * original result (idempotency). Throws WrongExpectedRevision.
   */
  append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult>;

  /** Throws StreamNotFound when the stream has no event. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;

  /** Events in global order, optionally filtered by tenant and event types. */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;

  /**
   * Catch-up then live subscription, in global order, each event exactly once. Pull-based: the store reads
   * the next batch only when the consumer asks for it (back-pressure).
   */
  subscribe(options?: SubscribeOptions): EventSubscription;

  /** Position of the last event (of the tenant, when given); 0 when empty. */
  headPosition(options?: { tenant?: string }): Promise<number>;

  close(): Promise<void>;
}

export interface AppendResult {
  /** Revision of the stream's last event after the append: pass it as the next expectedRevision. */
  nextExpectedRevision: number;
  /** Global positions of the appended events, in order. */
  positions: number[];
  events: RecordedEvent[];
  /** True when every event of the batch was stored already (a retry): nothing was appended, the original is returned. */
  alreadyStored?: true;
}

export interface ReadStreamOptions {
  fromRevision?: number;
  maxCount?: number;
  direction?: 'forwards' | 'backwards';
}

export interface ReadAllOptions {
  after?: number;
  /** Inclusive upper bound (as-of reads). */
  until?: number;
  tenant?: string;
  eventTypes?: readonly string[];
  maxCount?: number;
}

export interface SubscribeOptions {
  after?: number;
  tenant?: string;
  eventTypes?: readonly string[];
  /** Largest batch handed to the consumer at once (default 500). */
  batchSize?: number;
}

/**
 * Yields batches of events: one batch per read during catch-up, then one per wake-up when live. With a filter
 * (tenant, eventTypes) a batch may be empty: the log moved on without a matching event (`scannedUpTo` says how far).
 */
export interface EventSubscription extends AsyncIterable<RecordedEvent[]> {
  close(): Promise<void>;
  /**
   * Position up to which the log has been read, matching events or not, as of the last batch handed out: every
   * matching event at or before it has been delivered. A consumer keeping a checkpoint moves it there, so that a
   * filtered subscription still catches up with the head (as KurrentDB's filtered subscriptions send checkpoints).
   */
  readonly scannedUpTo: number;
}

export class WrongExpectedRevision extends Error {
  override readonly name = 'WrongExpectedRevision';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    /** -1 when the stream does not exist. */
    readonly actual: number,
  ) {
    super(`stream ${stream}: expected revision ${expected}, actual ${actual < 0 ? 'no stream' : actual}`);
  }
}

export class StreamNotFound extends Error {
  override readonly name = 'StreamNotFound';
  constructor(readonly stream: string) {
    super(`stream ${stream} not found`);
  }
}

/** Some, not all, of the event ids of an append are stored already: the caller mixed a retry with new events. */
export class IdempotencyConflict extends Error {
  override readonly name = 'IdempotencyConflict';
  constructor(
    readonly stream: string,
    readonly eventIds: string[],
  ) {
    super(`stream ${stream}: events ${eventIds.join(', ')} are stored already, but not the whole batch`);
  }
}

/**
 * The one "read stream or empty": a stream nobody wrote to reads as no events (an aggregate not created yet, a
 * catalogue never defined). Every other error of the store is the caller's.
 */
export async function readStreamOrEmpty(store: Pick<EventStore, 'readStream'>, stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
  try {
    return await store.readStream(stream, options);
  } catch (error) {
    if (error instanceof StreamNotFound) return [];
    throw error;
  }
}
