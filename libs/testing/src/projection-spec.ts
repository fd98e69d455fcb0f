import { applyProjection, type Projected, type Projection, type ReadDocument, type RecordedEvent } from '@cdv/eventsourcing';

/** Runs a projection over events in memory, as the runner does, and returns the documents by id. */
export function project<D extends ReadDocument>(projection: Projection<D>, events: readonly RecordedEvent[], times = 1): Map<string, Projected<D>> {
  const documents = new Map<string, Projected<D>>();
  for (let round = 0; round < times; round++) {
    for (const event of events) {
      for (const write of applyProjection(projection, event, (id) => documents.get(id) ?? null)) {
        if (write.kind === 'upsert') documents.set(write.id, write.document);
        else documents.delete(write.id);
      }
    }
  }
  return documents;
}

/**
 * given events → expected documents; the same events are then applied a second time to prove idempotency
 * (replays after a crash must not double count).
 */
export function projectionSpec<D extends ReadDocument>(projection: Projection<D>) {
  return {
    given(events: readonly RecordedEvent[]) {
      const once = project(projection, events, 1);
      const twice = project(projection, events, 2);
      return {
        then(expected: ReadonlyArray<Partial<D> & { _id: string }>) {
          const strip = (docs: Map<string, Projected<D>>) => [...docs.values()].map(({ _position: _ignored, ...document }) => document).sort(byId);
          expect(strip(once)).toEqual([...expected].sort(byId).map((doc) => expect.objectContaining(doc)));
          expect(strip(twice)).toEqual(strip(once));
        },
        documents: once,
      };
    },
  };
}

function byId(a: { _id: string }, b: { _id: string }): number {
  return a._id < b._id ? -1 : a._id > b._id ? 1 : 0;
}
