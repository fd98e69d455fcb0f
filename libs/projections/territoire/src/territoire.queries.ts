import type { Requete } from './shared/events';

/** The tenant's territoire document (one per tenant database; keyed by tenant id for safety). */
export function territoireQuery(tenantId: string): Requete {
  return { filter: { _id: tenantId } };
}

/** Communes of the territory with at least one QPV on the map now. */
export function communesAvecQpvPipeline(tenantId: string): Record<string, unknown>[] {
  return [
    { $match: { _id: tenantId } },
    { $unwind: '$communes' },
    { $replaceRoot: { newRoot: '$communes' } },
    { $match: { rattachee: true, avecQpv: true } },
    // homonymous communes: their key (INSEE code, or the name while the code is unknown) breaks the tie
    { $sort: { nom: 1, cle: 1 } },
  ];
}
