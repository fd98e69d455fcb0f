import type { MongoFilter } from './dossier-list.queries';

/** `dossier(id)` on the `dossier_details` collection. */
export function dossierDetailFilter(dossierId: string): MongoFilter {
  return { _id: dossierId };
}

/** A dossier's history is in its document; this projection keeps only the timeline (for `historique(streamId)` screens). */
export const DOSSIER_HISTORY_PROJECTION = { _id: 1, dossierId: 1, titre: 1, revision: 1, historique: 1, corrections: 1, decisions: 1 } as const;
