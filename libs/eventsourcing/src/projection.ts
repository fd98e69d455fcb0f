import type { RecordedEvent } from './envelope';
import { withMembers } from './with-members';

/** Every read-model document has a string id (MongoDB's `_id`). */
export interface ReadDocument {
  _id: string;
}

export interface IndexSpec {
  /** MongoDB key spec, e.g. { annee: 1, statut: 1 }. */
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

/**
 * A read model as a pure function over events (docs/design.md §7): `evolve(document | null, event) → document | null`
 * (null deletes). The runner finds the documents an event touches with `documentIds`, loads them, evolves and
 * writes them back with the checkpoint. Bumping `version` makes the runner rebuild into a new collection.
 */
export interface Projection<D extends ReadDocument = ReadDocument> {
  name: string;
  version: number;
  /** Event types this projection reads; the runner skips the others without loading any document. */
  eventTypes: readonly string[];
  documentIds(event: RecordedEvent): readonly string[];
  evolve(document: D | null, event: RecordedEvent): D | null;
  indexes?: readonly IndexSpec[];
}

/** Name of the versioned collection a projection writes to (blue/green rebuilds switch between them). */
export function projectionCollection(projection: Pick<Projection, 'name' | 'version'>): string {
  return `${projection.name}_v${projection.version}`;
}

/** Documents carry the global position of the last event applied, so replays change nothing. */
export type Projected<D extends ReadDocument> = D & { _position: number };

/**
 * Applies one event to the documents it touches. `load` returns the current document (or null); the result
 * lists what to write: a document to upsert or an id to delete. Events at or below a document's `_position`
 * are skipped: this is what makes a projection idempotent under replay, with or without a checkpoint.
 */
export function applyProjection<D extends ReadDocument>(
  projection: Projection<D>,
  event: RecordedEvent,
  load: (id: string) => Projected<D> | null,
): ProjectionWrite<D>[] {
  if (!projection.eventTypes.includes(event.type)) return [];
  const writes: ProjectionWrite<D>[] = [];
  for (const id of projection.documentIds(event)) {
    const current = load(id);
    if (current && current._position >= event.position) continue;
    const { _position: _ignored, ...document } = current ?? ({} as Projected<D>);
    const next = projection.evolve(current ? (document as unknown as D) : null, event);
    if (next) writes.push({ kind: 'upsert', id, document: withMembers(next, { _id: id, _position: event.position }) as Projected<D> });
    else if (current) writes.push({ kind: 'delete', id });
  }
  return writes;
}

export type ProjectionWrite<D extends ReadDocument> = { kind: 'upsert'; id: string; document: Projected<D> } | { kind: 'delete'; id: string };
