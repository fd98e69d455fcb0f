import type { RecordedEvent } from '@cdv/eventsourcing';
import type { ReferentielEvent } from '@cdv/domain-territoire';

/** The domain event inside a recorded one, as a discriminated union (so `switch (type)` narrows `data`). */
export function evenement(event: RecordedEvent): ReferentielEvent {
  return { type: event.type, data: event.data } as ReferentielEvent;
}

/** MongoDB query shapes, run as-is by the embedded (mingo) and MongoDB read stores. */
export type MongoFilter = Record<string, unknown>;
export type MongoSort = Record<string, 1 | -1>;

export interface Requete {
  filter: MongoFilter;
  sort?: MongoSort;
}
