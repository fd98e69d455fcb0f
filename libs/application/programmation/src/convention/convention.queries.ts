import type { MongoFilter } from '@cdv/projections-programmation';

export interface ConventionsFiltre {
  /** Conventions in force that year (CPO: every year of their period). */
  annee?: number | null;
  porteurId?: string | null;
  dossierId?: string | null;
}

/** Query shapes over `conventions` (none in the projections lib yet): plain MongoDB, for every read store. */
export function conventionsQuery(filtre: ConventionsFiltre = {}): { filter: MongoFilter; sort: Record<string, 1 | -1> } {
  const and: MongoFilter[] = [];
  if (filtre.annee !== undefined && filtre.annee !== null) and.push({ anneeDebut: { $lte: filtre.annee } }, { anneeFin: { $gte: filtre.annee } });
  if (filtre.porteurId) and.push({ 'porteur.id': filtre.porteurId });
  if (filtre.dossierId) and.push({ 'dossiers.dossierId': filtre.dossierId });
  return { filter: and.length ? { $and: and } : {}, sort: { dateSignature: 1, _id: 1 } };
}

export function conventionFilter(conventionId: string, porteurId?: string | null): MongoFilter {
  return porteurId ? { _id: conventionId, 'porteur.id': porteurId } : { _id: conventionId };
}
