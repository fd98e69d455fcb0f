import type { MongoFilter } from './dossier-list.queries';

/** `appelsAProjets` on the `appels_a_projets` collection, most recent year first. */
export const appelsQuery = { filter: {} as MongoFilter, sort: { annee: -1 } as Record<string, 1 | -1> };

export function appelFilter(annee: number): MongoFilter {
  return { _id: String(annee) };
}
