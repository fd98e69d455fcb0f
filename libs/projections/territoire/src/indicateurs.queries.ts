import type { MongoFilter, Requete } from './shared/events';
import { contient } from './shared/recherche';

export interface IndicateursFiltre {
  noeudId?: string;
  engagementId?: string;
  /** false: the indicators a report must show as « non renseigné ». */
  renseigne?: boolean;
  texte?: string;
}

export function indicateursQuery(filtre: IndicateursFiltre = {}): Requete {
  const conditions: MongoFilter[] = [];
  if (filtre.noeudId) conditions.push({ noeudIds: filtre.noeudId });
  if (filtre.engagementId) conditions.push({ engagementIds: filtre.engagementId });
  if (filtre.renseigne !== undefined) conditions.push({ renseigne: filtre.renseigne });
  if (filtre.texte) conditions.push({ libelleRecherche: contient(filtre.texte) });
  return { filter: conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: conditions }, sort: { _id: 1 } };
}

/**
 * Values of one indicator for a year range, one row per value (with its breakdown and source). Several values of
 * one year (breakdowns) keep the order they were entered in (the array index): MongoDB's sort is not stable.
 */
export function valeursPipeline(indicateurId: string, depuis?: number, jusqua?: number): Record<string, unknown>[] {
  const annee: Record<string, number> = {};
  if (depuis !== undefined) annee.$gte = depuis;
  if (jusqua !== undefined) annee.$lte = jusqua;
  return [
    { $match: { _id: indicateurId } },
    { $unwind: { path: '$valeurs', includeArrayIndex: '_rang' } },
    { $replaceRoot: { newRoot: { $mergeObjects: ['$valeurs', { _rang: '$_rang' }] } } },
    ...(Object.keys(annee).length > 0 ? [{ $match: { annee } }] : []),
    { $sort: { annee: 1, _rang: 1 } },
    { $project: { _rang: 0 } },
  ];
}
