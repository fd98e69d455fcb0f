import { exactSumOf, sumCents } from './exact-sums';
import { dossierListQuery, type DossierListArgs, type MongoFilter, type MongoFind } from './dossier-list.queries';

/**
 * A porteur's own view: only its dossiers (the filter is forced, whatever the client asks), and in the detail
 * none of the instruction's internal content (financeurs' avis, rule warnings, who did what).
 */
export function porteurDossiersQuery(porteurId: string, args: DossierListArgs = {}): MongoFind {
  return dossierListQuery({ ...args, filter: { ...args.filter, porteurId } });
}

export function porteurDossierDetailFilter(porteurId: string, dossierId: string): MongoFilter {
  return { _id: dossierId, 'porteur.id': porteurId };
}

/** Exclusion projection for `dossier_details` documents served to a porteur. */
export const PORTEUR_DETAIL_PROJECTION = { avis: 0, 'lignes.avertissements': 0, 'historique.actor': 0, 'corrections.par': 0 } as const;

/** The porteur's dossiers year by year: how many, retained, asked, voted, paid (exact sums: read with `withExactSums`). */
export function porteurSummaryPipeline(porteurId: string): Array<Record<string, unknown>> {
  return [
    { $match: { 'porteur.id': porteurId } },
    {
      $group: {
        _id: '$annee',
        dossiers: { $sum: 1 },
        retenus: { $sum: { $cond: [{ $eq: ['$decision', 'retenu'] }, 1, 0] } },
        ...sumCents('demande', '$totaux.demande'),
        ...sumCents('vote', '$totaux.vote'),
        ...sumCents('verse', '$totaux.verse'),
      },
    },
    { $project: { _id: 0, annee: '$_id', dossiers: 1, retenus: 1, demande: exactSumOf('demande'), vote: exactSumOf('vote'), verse: exactSumOf('verse') } },
    { $sort: { annee: -1 } },
  ];
}
