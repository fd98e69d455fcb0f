import type { MongoFilter } from '@cdv/projections-programmation';

/**
 * Query shapes over `comites` (the projections lib has none for this collection yet): kept here as plain
 * MongoDB objects, so they run unchanged on every read store and as-of view.
 */
export function comitesQuery(annee?: number | null): { filter: MongoFilter; sort: Record<string, 1 | -1> } {
  return { filter: annee === undefined || annee === null ? {} : { annee }, sort: { date: 1, _id: 1 } };
}

export function comiteFilter(comiteId: string): MongoFilter {
  return { _id: comiteId };
}
