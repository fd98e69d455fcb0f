import type { MongoFilter } from './shared/events';

export interface ChiffresFiltre {
  cle?: string;
  documentId?: string;
  statut?: 'concorde' | 'ecart' | 'non_calculable';
  sujetType?: string;
}

/** The reported figures of a tenant as rows (one document per tenant holds them all). */
export function chiffresDeclaresPipeline(tenantId: string, filtre: ChiffresFiltre = {}): Record<string, unknown>[] {
  const match: MongoFilter = {};
  if (filtre.cle) match.cle = filtre.cle;
  if (filtre.documentId) match.documentId = filtre.documentId;
  if (filtre.statut) match.statut = filtre.statut;
  if (filtre.sujetType) match['sujet.type'] = filtre.sujetType;
  return [
    { $match: { _id: tenantId } },
    { $unwind: '$chiffres' },
    { $replaceRoot: { newRoot: '$chiffres' } },
    ...(Object.keys(match).length > 0 ? [{ $match: match }] : []),
  ];
}
