import * as crypto from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { EventMetadata, RecordedEvent } from './envelope';

/**
 * Per-stream hash chain (docs/design.md §5): hash = sha256(prevHash ‖ canonicalJson(event without metadata.hash)).
 * We hash the identity of the event too (id, stream, revision, schemaVersion), not only type, data and
 * metadata: moving an event to another stream or revision must also break the chain. The global position is
 * left out because some stores (KurrentDB) only assign it at commit.
 */
export type HashableEvent = Omit<RecordedEvent, 'position' | 'metadata'> & {
  metadata: Omit<EventMetadata, 'hash'> & { hash?: string };
};

export function hashEvent(event: HashableEvent): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  const body = canonicalJson({
    id: event.id,
    stream: event.stream,
    revision: event.revision,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
  });
  return sha256Hex((event.metadata.prevHash ?? '') + body);
}

/**
 * sha256 of the UTF-8 bytes, in lower-case hex. `crypto.hash` (Node ≥ 20.12) is the one-shot form, about twice
 * as fast as createHash().update().digest() on an event-sized input; same bytes, same digest.
 */
const oneShot = typeof crypto.hash === 'function';
export function sha256Hex(text: string): string {
  return oneShot ? crypto.hash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}

export interface BrokenLink {
  stream: string;
  revision: number;
  position: number;
  eventId: string;
  problem: 'hash_mismatch' | 'prev_hash_mismatch' | 'revision_gap';
  expected: string;
  actual: string;
}

/** Checks one stream's events, in revision order; returns the first broken link, or null. */
export function verifyStreamChain(events: readonly RecordedEvent[]): BrokenLink | null {
  let previous: RecordedEvent | null = null;
  for (const event of events) {
    const link = { stream: event.stream, revision: event.revision, position: event.position, eventId: event.id };
    const expectedRevision = previous ? previous.revision + 1 : 0;
    if (event.revision !== expectedRevision) {
      return { ...link, problem: 'revision_gap', expected: String(expectedRevision), actual: String(event.revision) };
    }
    const expectedPrev = previous ? previous.metadata.hash : null;
    if (event.metadata.prevHash !== expectedPrev) {
      return { ...link, problem: 'prev_hash_mismatch', expected: String(expectedPrev), actual: String(event.metadata.prevHash) };
    }
    const recomputed = hashEvent(event);
    if (recomputed !== event.metadata.hash) {
      return { ...link, problem: 'hash_mismatch', expected: recomputed, actual: event.metadata.hash };
    }
    previous = event;
  }
  return null;
}
