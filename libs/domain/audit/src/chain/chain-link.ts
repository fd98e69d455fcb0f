import { hashEvent, type BrokenLink, type RecordedEvent } from '@cdv/eventsourcing';

/** Where a stream's chain stands: the revision and hash of its last checked event. */
export interface ChainCursor {
  revision: number;
  hash: string | null;
}

export const STREAM_START: ChainCursor = { revision: -1, hash: null };

/**
 * One link of `verifyStreamChain` (libs/eventsourcing/src/hash-chain.ts), with the same checks in the same
 * order: revision, prevHash, hash. It lets a verifier walk the whole log in global order keeping only each
 * stream's cursor, and start a stream at a later revision whose prevHash is declared (partial bundles).
 */
export function verifyChainLink(previous: ChainCursor, event: RecordedEvent): BrokenLink | null {
  const link = { stream: event.stream, revision: event.revision, position: event.position, eventId: event.id };
  const expectedRevision = previous.revision + 1;
  if (event.revision !== expectedRevision) {
    return { ...link, problem: 'revision_gap', expected: String(expectedRevision), actual: String(event.revision) };
  }
  if (event.metadata.prevHash !== previous.hash) {
    return { ...link, problem: 'prev_hash_mismatch', expected: String(previous.hash), actual: String(event.metadata.prevHash) };
  }
  const recomputed = hashEvent(event);
  if (recomputed !== event.metadata.hash) {
    return { ...link, problem: 'hash_mismatch', expected: recomputed, actual: event.metadata.hash };
  }
  return null;
}
