import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { Readable } from 'node:stream';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/**
 * The KurrentDB adapter's own logic (expected-revision checks, replay detection, retries, paging, filters,
 * envelope mapping, subscription batching and closing) run through the contract suite over an in-process fake
 * of the client. This is no substitute for a server: `contract/kurrentdb.int.spec.ts` runs the same suite
 * against a real one when KURRENTDB_URL is set.
 *
 * The fake behaves like a shared server, as far as the client's .d.ts and KurrentDB's documentation say:
 * system events ($settings, `$>` links in `$ce-…` streams) and a foreign stream are mixed into $all;
 * positions are commit = prepare log offsets, increasing but not contiguous; `fromPosition` is inclusive;
 * errors carry the client's `type` (`stream-not-found`, `wrong-expected-version` with `actualState`).
 */
interface FakeRecord {
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

type FakeFilter = { filterOn: 'streamName' | 'eventType'; prefixes?: string[]; regex?: string };
type FakePosition = 'start' | 'end' | { commit: bigint; prepare: bigint };

class FakeKurrentClient {
  private readonly log: FakeRecord[] = [];
  private readonly streams = new Map<string, FakeRecord[]>();
  private readonly waiting = new Set<() => void>();
  private offset = 1_000n;
  disposed = 0;

  constructor() {
    this.write('$settings', [{ id: 'settings-1', type: '$settings', data: {}, metadata: {} }]);
    this.write('orders-1', [{ id: 'foreign-1', type: 'OrderPlaced', data: { total: 1 }, metadata: { by: 'another app' } }]);
  }

  async appendToStream(
    streamName: string,
    events: Array<{ id: string; type: string; data: unknown; metadata: unknown }>,
    options: { streamState?: bigint | string } = {},
  ) {
    await network();
    const existing = this.streams.get(streamName) ?? [];
    const current: bigint | 'no_stream' = existing.length > 0 ? BigInt(existing.length - 1) : 'no_stream';
    const state = options.streamState ?? 'any';
    const wrong = (state === 'no_stream' && current !== 'no_stream') || (typeof state === 'bigint' && state !== current);
    if (wrong)
      throw Object.assign(new Error(`wrong expected version on ${streamName}`), {
        type: 'wrong-expected-version',
        streamName,
        expectedState: state,
        actualState: current,
      });
    const written = this.write(streamName, events);
    // Like the $by_category system projection: a link event in a system stream after each write.
    const category = streamName.slice(0, streamName.indexOf('-') < 0 ? undefined : streamName.indexOf('-'));
    this.write(`$ce-${category}`, [{ id: `link-${written[0].id}`, type: '$>', data: {}, metadata: {} }], false);
    return { success: true, nextExpectedRevision: written[written.length - 1].revision, position: written[written.length - 1].position };
  }

  readStream(streamName: string, options: { direction?: string; fromRevision?: bigint | 'start' | 'end'; maxCount?: number | bigint } = {}) {
    const records = this.streams.get(streamName);
    const backwards = options.direction === 'backwards';
    const from = options.fromRevision ?? (backwards ? 'end' : 'start');
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    return (async function* () {
      await network();
      if (!records) throw Object.assign(new Error(`${streamName} not found`), { type: 'stream-not-found', streamName });
      const ordered = backwards ? [...records].reverse() : [...records];
      const selected = ordered.filter((record) => (from === 'start' || from === 'end' ? true : backwards ? record.revision <= from : record.revision >= from));
      for (const record of selected.slice(0, max)) yield { event: structuredClone(record), commitPosition: record.position.commit };
    })();
  }

  readAll(options: { fromPosition?: FakePosition; direction?: string; maxCount?: number | bigint; filter?: FakeFilter } = {}) {
    const backwards = options.direction === 'backwards';
    const from = options.fromPosition ?? (backwards ? 'end' : 'start');
    const max = Number(options.maxCount ?? Number.MAX_SAFE_INTEGER);
    const snapshot = backwards ? [...this.log].reverse() : [...this.log];
    return (async function* () {
      await network();
      let count = 0;
      for (const record of snapshot) {
        if (typeof from === 'object' && (backwards ? record.position.commit > from.commit : record.position.commit < from.commit)) continue;
        if (!matches(record, options.filter)) continue;
        if (count++ >= max) return;
        yield { event: structuredClone(record), commitPosition: record.position.commit };
      }
    })();
  }

  /** A catch-up subscription as an object-mode Readable that refills only when read (back-pressure). */
  subscribeToAll(options: { fromPosition?: FakePosition; filter?: FakeFilter } = {}, readableOptions: { highWaterMark?: number } = {}) {
    const from = options.fromPosition ?? 'start';
    let cursor = from === 'start' ? 0 : from === 'end' ? this.log.length : this.log.findIndex((record) => record.position.commit >= from.commit);
    if (cursor < 0) cursor = this.log.length;
    let cancelled = false;
    const pump = () => {
      if (cancelled) return;
      while (cursor < this.log.length) {
        const record = this.log[cursor++];
        if (!matches(record, options.filter)) continue;
        if (!readable.push({ event: structuredClone(record), commitPosition: record.position.commit })) return;
      }
      this.waiting.add(pump);
    };
    const readable = new Readable({ objectMode: true, highWaterMark: readableOptions.highWaterMark ?? 16, read: pump });
    return Object.assign(readable, {
      unsubscribe: async () => {
        cancelled = true;
        this.waiting.delete(pump);
        readable.push(null);
      },
    });
  }

  async dispose() {
    this.disposed += 1;
  }

  private write(streamName: string, events: Array<{ id: string; type: string; data: unknown; metadata: unknown }>, notify = true): FakeRecord[] {
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
    if (notify) {
      const waiting = [...this.waiting];
      this.waiting.clear();
      waiting.forEach((pump) => pump());
    }
    return written;
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

// One fake for the whole file, like one server shared by every test.
const fake = new FakeKurrentClient();
describeEventStoreContract(
  'kurrentdb adapter over a fake client (no server)',
  async () => new KurrentDbEventStore(fake as unknown as KurrentDBClient, { pageSize: 4 }),
);
