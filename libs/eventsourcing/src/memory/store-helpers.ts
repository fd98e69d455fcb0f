import { type ExpectedRevision, type RecordedEvent } from '../envelope';
import { WrongExpectedRevision, type EventStore, type EventSubscription, type ReadStreamOptions, type SubscribeOptions } from '../event-store.port';
import type { Wakeup } from './wakeup';

/** `actual` is -1 when the stream does not exist. */
export function checkExpectedRevision(stream: string, expected: ExpectedRevision, actual: number): void {
  if (expected === 'any') return;
  if (expected === 'no_stream' ? actual !== -1 : expected !== actual) {
    throw new WrongExpectedRevision(stream, expected, actual);
  }
}

export function matchesFilter(event: RecordedEvent, filter: { tenant?: string; eventTypes?: readonly string[] }): boolean {
  if (filter.tenant !== undefined && event.metadata.tenantId !== filter.tenant) return false;
  if (filter.eventTypes !== undefined && !filter.eventTypes.includes(event.type)) return false;
  return true;
}

/** Applies fromRevision / direction / maxCount to a stream's events held in revision order. */
export function selectStreamEvents(events: readonly RecordedEvent[], options: ReadStreamOptions): RecordedEvent[] {
  const backwards = options.direction === 'backwards';
  let selected = backwards ? [...events].reverse() : [...events];
  if (options.fromRevision !== undefined) {
    const from = options.fromRevision;
    selected = selected.filter((event) => (backwards ? event.revision <= from : event.revision >= from));
  }
  return options.maxCount !== undefined ? selected.slice(0, options.maxCount) : selected;
}

/**
 * Lets timers and I/O run. Subscriptions call it between two batches: a store read in a loop that resolves
 * through microtasks only (better-sqlite3 is synchronous; a client with events buffered) would otherwise starve
 * the HTTP server, health probes included, until the end of a long catch-up.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * For a long stretch of small synchronous steps (a projection batch: thousands of events applied, tenants committed
 * to an in-process store): returns a check to call between steps, which yields to the event loop once `budgetMs`
 * of work has passed since the last yield. Several runners catching up at once then let HTTP requests (health
 * probes) through every few tens of milliseconds, not once all of them have finished a batch.
 */
export function timeSlice(budgetMs = 10): () => Promise<void> | null {
  let since = performance.now();
  return () => {
    if (performance.now() - since < budgetMs) return null;
    return yieldToEventLoop().then(() => {
      since = performance.now();
    });
  };
}

/**
 * Catch-up then live: read batches after the last delivered position; when a read comes back empty, sleep
 * until an append in this process wakes us, or `pollMs` passes (appends by other processes).
 * Pull-based: nothing is read until the consumer asks for the next batch. With a filter, the head is read before
 * each page: a page that is not full means every matching event up to that head is in it, so the subscription
 * moves past the head (`scannedUpTo`), handing out an empty batch when nothing matched.
 */
export function pollingSubscription(
  store: Pick<EventStore, 'readAll' | 'headPosition'>,
  wakeup: Wakeup,
  options: SubscribeOptions,
  isStoreClosed: () => boolean,
  pollMs = 250,
): EventSubscription {
  let position = options.after ?? 0;
  let closed = false;
  let delivered = false;
  const batchSize = options.batchSize ?? 500;
  const filtered = options.tenant !== undefined || options.eventTypes !== undefined;
  return {
    get scannedUpTo() {
      return position;
    },
    async close() {
      closed = true;
      wakeup.notify();
    },
    [Symbol.asyncIterator]() {
      return {
        async next(): Promise<IteratorResult<RecordedEvent[]>> {
          if (delivered) {
            delivered = false;
            await yieldToEventLoop();
          }
          while (!closed && !isStoreClosed()) {
            // an append or a close() during the read must not be missed by the wait below
            const seen = wakeup.generation;
            const head = filtered ? await store.headPosition() : undefined;
            const batch = await store.readAll({
              after: position,
              until: head,
              tenant: options.tenant,
              eventTypes: options.eventTypes,
              maxCount: batchSize,
            });
            const before = position;
            if (batch.length > 0) position = batch[batch.length - 1].position;
            if (head !== undefined && batch.length < batchSize) position = Math.max(position, head);
            if (batch.length > 0 || position > before) {
              delivered = true;
              return { done: false, value: batch };
            }
            await wakeup.wait(pollMs, seen);
          }
          return { done: true, value: undefined };
        },
        async return(): Promise<IteratorResult<RecordedEvent[]>> {
          closed = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
}
