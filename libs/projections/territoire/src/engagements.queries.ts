import type { StatutEngagement } from '@cdv/domain-territoire';
import type { MongoFilter, Requete } from './shared/events';
import { contient } from './shared/recherche';

export interface EngagementsFiltre {
  contratId?: string;
  partenaireId?: string;
  /** A node of the cadre stratégique (any version). */
  noeudId?: string;
  indicateurId?: string;
  statut?: StatutEngagement;
  /** Part of the objective or priority (accents and case ignored). */
  texte?: string;
}

export function engagementsQuery(filtre: EngagementsFiltre = {}): Requete {
  const conditions: MongoFilter[] = [];
  if (filtre.contratId) conditions.push({ contratId: filtre.contratId });
  if (filtre.partenaireId) conditions.push({ partenaireIds: filtre.partenaireId });
  if (filtre.noeudId) conditions.push({ noeudIds: filtre.noeudId });
  if (filtre.indicateurId) conditions.push({ indicateurIds: filtre.indicateurId });
  if (filtre.statut) conditions.push({ statut: filtre.statut });
  if (filtre.texte) conditions.push({ recherche: contient(filtre.texte) });
  return { filter: conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: conditions }, sort: { engagementId: 1, _id: 1 } };
}

/**
 * Targets of every commitment, one row per indicator × year × breakdown. Several breakdowns of one indicator and
 * year tie on the sort: they keep the commitment's order (the array index), as MongoDB's sort is not stable.
 */
export function ciblesPipeline(filtre: EngagementsFiltre = {}): Record<string, unknown>[] {
  return [
    { $match: engagementsQuery(filtre).filter },
    { $unwind: { path: '$cibles', includeArrayIndex: '_rang' } },
    { $sort: { engagementId: 1, 'cibles.indicateurId': 1, 'cibles.annee': 1, _id: 1, _rang: 1 } },
    { $project: { _id: 0, engagementId: 1, objectif: 1, cible: '$cibles' } },
  ];
}
