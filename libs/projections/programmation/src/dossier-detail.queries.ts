import type { MongoFilter } from './dossier-list.queries';

/** `dossier(id)` on the `dossier_details` collection. */
export function dossierDetailFilter(dossierId: string): MongoFilter {
  return { _id: dossierId };
}
