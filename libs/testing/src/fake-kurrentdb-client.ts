import { Readable } from 'node:stream';

/**
 * An in-process stand-in for `KurrentDBClient`, for the KurrentDB adapter's own logic in `npm test`. It is no
 * substitute for a server: `libs/event-store/src/contract/kurrentdb.int.spec.ts` runs the same suites against a
 * real one when KURRENTDB_URL is set, and docs/operations.md says what was verified where.
 *
 * It behaves like a shared server as far as the client's sources and KurrentDB's say (pointers in ADR 0011):
 * - system events ($settings, `$>` links in `$ce-…` streams) and a foreign stream are mixed into $all; positions
 *   are commit = prepare log offsets, increasing but not contiguous; `fromPosition` of a read is inclusive (also
 *   backwards), that of a subscription exclusive;
 * - errors carry the client's `type` (`stream-not-found`, `wrong-expected-version` with `actualState`, `not-leader`);
 * - filtered subscriptions call `filter.checkpointReached` in order with the events, every 32 × checkpointInterval
 *   records read (catch-up and live) and once when the catch-up reaches the end of the log
 *   (Enumerator.AllSubscriptionFiltered.cs, SubscriptionsService.cs);
 * - `followerLag`: reads sent without `requiresLeader` see the log as a follower that missed the last records;
 *   `notLeaderFor`: the next leader reads are refused with `not-leader`, as by a node that just lost leadership.
 */
export interface FakeRecord {
  streamId: string;
  id: string;
  revision: bigint;
  type: string;
  isJson: boolean;
  created: Date;
  data: unknown;
  metadata: unknown;
  position: { commit: bigint; prepare: bigint };
}

type FakeFilter = {
  filterOn: 'streamName' | 'eventType';
  prefixes?: string[];
  regex?: string;
  checkpointInterval?: number;
  checkpointReached?: (subscription: unknown, position: { commit: bigint; prepare: bigint }) => unknown;
};
type FakePosition = 'start' | 'end' | { commit: bigint; prepare: bigint };
type NewRecord = { id: string; type: string; data: unknown; metadata: unknown };

/** The server's search window: checkpoints come every 32 × checkpointInterval records. */
const SEARCH_WINDOW = 32;

export class FakeKurrentClient {
  private readonly log: FakeRecord[] = [];
  private readonly streams = new Map<string, FakeRecord[]>();
  private readonly live = new Set<() => void>();
  private readonly subscriptions = new Set<Readable & { unsubscribe(): Promise<void> }>();
  private offset = 1_000n;
  /** Records the last backwards or forwards $all reads looked at (the server's scan cost). */
  scanned = 0;
  /** Records a follower has not replicated yet (reads without requiresLeader miss them). */
  followerLag = 0;
  /** How many leader reads are refused next with `not-leader`. */
  notLeaderFor = 0;
  /** Every read's options, to see what the adapter asked for. */
  readonly reads: Array<{ requiresLeader?: boolean }> = [];
  disposed = 0;
  readonly channel = { closed: false, close: () => void (this.channel.closed = true), getConnectivityState: () => (this.channel.closed ? 4 : 2) };
  throwOnAppendFailure = true;

  constructor() {
    this.write('$settings', [{ id: 'settings-1', type: '$settings', data: {}, metadata: {} }]);
    this.write('orders-1', [{ id: 'foreign-1', type: 'OrderPlaced', data: { total: 1 }, metadata: { by: 'another app' } }]);
  }

  async appendToStream(streamName: string, events: NewRecord[], options: { streamState?: bigint | string } = {}) {
    await network();
    const existing = this.streams.get(streamName) ?? [];
    const current: bigint | 'no_stream' = existing.length > 0 ? BigInt(existing.length - 1) : 'no_stream';
    const state = options.streamState ?? 'any';
    const wrong = (state === 'no_stream' && current !== 'no_stream') || (typeof state === 'bigint' && state !== current);
    if (wrong) {
      if (!this.throwOnAppendFailure) return { success: false, nextExpectedRevision: current === 'no_stream' ? -1n : current, position: undefined };
      throw Object.assign(new Error(`wrong expected version on ${streamName}`), {
        type: 'wrong-expected-version',
        streamName,
        expectedState: state,
        actualState: current,
      });
    }
    const written = this.write(streamName, events);
    // Like the $by_category system projection: a link event in a system stream after each write.
    const category = streamName.slice(0, streamName.indexOf('-') < 0 ? undefined : streamName.indexOf('-'));
    this.write(`$ce-${category}`, [{ id: `link-${written[0].id}`, type: '$>', data: {}, metadata: {} }]);
    return { success: true, nextExpectedRevision: written[written.length - 1].revision, position: written[written.length - 1].position };
  }

  /** Events another application writes (no tenant, no hash: not the platform's). */
  writeForeign(streamName: string, count: number): void {
    this.write(
      streamName,
      Array.from({ length: count }, (_, index) => ({ id: `${streamName}-${this.log.length}-${index}`, type: 'OrderPlaced', data: { index }, metadata: {} })),
    );
  }

  readStream(
    streamName: string,
    options: { direction?: string; fromRevision?: bigint | 'start' | 'end'; maxCount?: number | bigint; requiresLeader?: boolean } = {},
  ) {
    const leader = this.leaderRead(options);
    const visible = this.visible(options);
    const records = this.streams.get(streamName)?.filter((record) => visible.has(record));
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return (async function* () {
      await network();
      leader();
      if (!records || records.length === 0) throw Object.assign(new Error(`${streamName} not found`), { type: 'stream-not-found', streamName });
      const ordered = backwards ? [...records].reverse() : [...records];
      const selected = ordered.filter((record) => (from === 'start' || from === 'end' ? true : backwards ? record.revision <= from : record.revision >= from));
      for (const record of selected.slice(0, max)) yield { event: structuredClone(record), commitPosition: record.position.commit };
    })();
  }

  readAll(options: { fromPosition?: FakePosition; direction?: string; maxCount?: number | bigint; filter?: FakeFilter; requiresLeader?: boolean } = {}) {
    const leader = this.leaderRead(options);
    const visible = this.visible(options);
    const backwards = options.direction === 'backwards';
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const snapshot = (backwards ? [...this.log].reverse() : [...this.log]).filter((record) => visible.has(record));
    return async function* (this: FakeKurrentClient) {
      await network();
      leader();
      let count = 0;
      for (const record of snapshot) {
        if (typeof from === 'object' && (backwards ? record.position.commit > from.commit : record.position.commit < from.commit)) continue;
        this.scanned += 1;
        if (!matches(record, options.filter)) continue;
        yield { event: structuredClone(record), commitPosition: record.position.commit };
        if (++count >= max) return;
      }
    }.call(this);
  }

  /**
   * A catch-up subscription as an object-mode Readable that refills only when read (back-pressure). Events and
   * checkpoints are handed over in log order, a checkpoint only once every event before it was pushed, as the
   * client's Transform does.
   */
  subscribeToAll(
    options: { fromPosition?: FakePosition; filter?: FakeFilter; requiresLeader?: boolean } = {},
    readableOptions: { highWaterMark?: number } = {},
  ) {
    this.reads.push({ requiresLeader: options.requiresLeader });
    const from = options.fromPosition ?? 'start';
    // subscriptions are exclusive of their starting position
    let cursor = from === 'start' ? 0 : from === 'end' ? this.log.length : this.log.findIndex((record) => record.position.commit > from.commit);
    if (cursor < 0) cursor = this.log.length;
    const filter = options.filter;
    const interval = SEARCH_WINDOW * (filter?.checkpointInterval ?? 1);
    let considered = 0;
    let last: FakeRecord | null = null;
    let caughtUp = false;
    let cancelled = false;
    let full = false;
    let pending: FakeRecord | null = null;
    const checkpoint = (record: FakeRecord) => void filter?.checkpointReached?.(readable, { ...record.position });
    const pump = () => {
      if (cancelled) return;
      full = false;
      while (!full && cursor < this.log.length) {
        const record = this.log[cursor++];
        last = record;
        considered += 1;
        if (matches(record, filter)) full = !readable.push({ event: structuredClone(record), commitPosition: record.position.commit });
        if (filter && considered >= interval) {
          considered = 0;
          if (full) {
            // the checkpoint message waits behind the events the consumer has not read yet
            pending = record;
            return;
          }
          checkpoint(record);
        }
      }
      if (full) return;
      if (!caughtUp && cursor >= this.log.length) {
        caughtUp = true;
        if (filter && last) checkpoint(last);
      }
      this.live.add(pump);
    };
    const read = () => {
      if (pending) {
        const record = pending;
        pending = null;
        checkpoint(record);
      }
      pump();
    };
    const readable = new Readable({ objectMode: true, highWaterMark: readableOptions.highWaterMark ?? 16, read });
    const subscription = Object.assign(readable, {
      unsubscribe: async () => {
        cancelled = true;
        this.live.delete(pump);
        this.subscriptions.delete(subscription);
        readable.push(null);
      },
    });
    this.subscriptions.add(subscription);
    return subscription;
  }

  /** The server completes every subscription call without an error (a restart, a dropped connection). */
  endSubscriptions(): void {
    for (const subscription of [...this.subscriptions]) {
      this.subscriptions.delete(subscription);
      subscription.push(null);
    }
    this.live.clear();
  }

  async dispose() {
    this.disposed += 1;
  }

  getChannel = async () => this.channel;

  private write(streamName: string, events: NewRecord[]): FakeRecord[] {
    const records = this.streams.get(streamName) ?? [];
    const written = events.map((event) => {
      this.offset += BigInt(97 + (this.log.length % 7) * 13); // not contiguous, as log offsets are
      const record: FakeRecord = {
        streamId: streamName,
        id: event.id,
        revision: BigInt(records.length),
        type: event.type,
        isJson: true,
        created: new Date(),
        data: structuredClone(event.data),
        metadata: structuredClone(event.metadata),
        position: { commit: this.offset, prepare: this.offset },
      };
      records.push(record);
      this.log.push(record);
      return record;
    });
    this.streams.set(streamName, records);
    const waiting = [...this.live];
    this.live.clear();
    waiting.forEach((pump) => pump());
    return written;
  }

  /** The records a read sees: all of them on the leader, all but the last `followerLag` on a lagging follower. */
  private visible(options: { requiresLeader?: boolean }): Set<FakeRecord> {
    this.reads.push({ requiresLeader: options.requiresLeader });
    const lag = options.requiresLeader ? 0 : this.followerLag;
    return new Set(this.log.slice(0, this.log.length - lag));
  }

  /** Throws (when the read is iterated) if the node must refuse a leader read. */
  private leaderRead(options: { requiresLeader?: boolean }): () => void {
    const refuse = options.requiresLeader === true && this.notLeaderFor > 0;
    if (refuse) this.notLeaderFor -= 1;
    return () => {
      if (refuse) throw Object.assign(new Error('not leader'), { type: 'not-leader' });
    };
  }
}

function matches(record: FakeRecord, filter?: FakeFilter): boolean {
  if (!filter) return true;
  const subject = filter.filterOn === 'streamName' ? record.streamId : record.type;
  if (filter.prefixes) return filter.prefixes.some((prefix) => subject.startsWith(prefix));
  return filter.regex === undefined || new RegExp(filter.regex).test(subject);
}

/** A round trip: lets concurrent callers interleave as they would over gRPC. */
function network(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
