import type { RecordedEvent } from '@cdv/eventsourcing';
import { merkleRoot, type StreamHead } from '../merkle/merkle';
import { isSceauxStream } from './sceau.stream';

/**
 * The heads a seal covers, kept up to date while events go by in global order: the last event of every
 * stream, the seal stream excluded. Sealing, verification, export and bundle verification all use it, so they
 * agree on what "the heads at position p" means.
 */
export class StreamHeads {
  private readonly heads = new Map<string, StreamHead>();
  private lastPosition = 0;

  /** Events must come in ascending global position. Seal events are ignored (a seal never covers seals). */
  apply(event: Pick<RecordedEvent, 'stream' | 'revision' | 'position'> & { metadata: { hash: string } }): void {
    if (isSceauxStream(event.stream)) return;
    this.heads.set(event.stream, { stream: event.stream, revision: event.revision, hash: event.metadata.hash });
    this.lastPosition = Math.max(this.lastPosition, event.position);
  }

  /** Position of the last non-seal event applied (0 when none). */
  get position(): number {
    return this.lastPosition;
  }

  get streamCount(): number {
    return this.heads.size;
  }

  /** Events covered: each head at revision r stands for r + 1 events. */
  get eventCount(): number {
    let count = 0;
    for (const head of this.heads.values()) count += head.revision + 1;
    return count;
  }

  get(stream: string): StreamHead | undefined {
    return this.heads.get(stream);
  }

  list(): StreamHead[] {
    return [...this.heads.values()];
  }

  root(): string {
    return merkleRoot(this.list());
  }
}
