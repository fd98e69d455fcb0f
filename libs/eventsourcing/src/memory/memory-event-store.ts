import { type ExpectedRevision, type NewEvent, type RecordedEvent } from '../envelope';
import {
  IdempotencyConflict,
  StreamNotFound,
  type AppendResult,
  type EventStore,
  type EventSubscription,
  type ReadAllOptions,
  type ReadStreamOptions,
  type SubscribeOptions,
} from '../event-store.port';
import { prepareAppend } from './prepare-append';
import { checkExpectedRevision, matchesFilter, pollingSubscription, selectStreamEvents } from './store-helpers';
import { Wakeup } from './wakeup';

/** Everything in a JavaScript array. For unit tests and the in-memory app harness; nothing survives a restart. */
export class MemoryEventStore implements EventStore {
  private readonly log: RecordedEvent[] = [];
  private readonly streams = new Map<string, RecordedEvent[]>();
  private readonly ids = new Map<string, RecordedEvent>();
  private readonly wakeup = new Wakeup();
  private closed = false;

  async append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    const existing = this.streams.get(stream) ?? [];
    const replay = this.alreadyStored(stream, events);
    if (replay) return replay;

    const actual = existing.length - 1;
    checkExpectedRevision(stream, options.expectedRevision, actual);
    const last = existing[existing.length - 1];
    const prepared = prepareAppend(stream, events, { revision: actual, hash: last?.metadata.hash ?? null });
    for (const event of prepared) {
      event.position = this.log.length + 1;
      // Store a copy: the prepared events share `data` with the caller, who may mutate it after the append.
      const stored = clone(event);
      this.log.push(stored);
      existing.push(stored);
      this.ids.set(stored.id, stored);
    }
    this.streams.set(stream, existing);
    this.wakeup.notify();
    return result(prepared);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const events = this.streams.get(stream);
    if (!events || events.length === 0) throw new StreamNotFound(stream);
    return selectStreamEvents(events, options).map(clone);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? 0;
    const out: RecordedEvent[] = [];
    // positions are 1..n here, so the log index of position p is p - 1
    for (let index = after; index < this.log.length; index++) {
      const event = this.log[index];
      if (options.until !== undefined && event.position > options.until) break;
      if (!matchesFilter(event, options)) continue;
      out.push(clone(event));
      if (options.maxCount !== undefined && out.length >= options.maxCount) break;
    }
    return out;
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    return pollingSubscription(this, this.wakeup, options, () => this.closed);
  }

  async headPosition(options: { tenant?: string } = {}): Promise<number> {
    for (let index = this.log.length - 1; index >= 0; index--) {
      if (matchesFilter(this.log[index], options)) return this.log[index].position;
    }
    return 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.wakeup.notify();
  }

  /** Test hook: the raw stored events, to tamper with them. */
  get storedEvents(): RecordedEvent[] {
    return this.log;
  }

  private alreadyStored(stream: string, events: readonly NewEvent[]): AppendResult | null {
    const known = events.filter((event) => event.id && this.ids.get(event.id)?.stream === stream);
    if (known.length === 0) return null;
    if (known.length < events.length)
      throw new IdempotencyConflict(
        stream,
        known.map((event) => event.id as string),
      );
    return { ...result(events.map((event) => this.ids.get(event.id as string) as RecordedEvent).map(clone)), alreadyStored: true };
  }
}

function result(events: RecordedEvent[]): AppendResult {
  return {
    nextExpectedRevision: events[events.length - 1].revision,
    positions: events.map((event) => event.position),
    events,
  };
}

function clone(event: RecordedEvent): RecordedEvent {
  return structuredClone(event);
}
