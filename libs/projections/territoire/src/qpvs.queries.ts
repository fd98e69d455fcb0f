import { normaliserCodeInsee, type CategorieQuartier, type GenerationQpv } from '@cdv/domain-territoire';
import type { MongoFilter, Requete } from './shared/events';
import { contient } from './shared/recherche';
import type { QpvDocument } from './qpvs.projection';
import { normaliserTexte } from '@cdv/shared-kernel';

export interface QpvsFiltre {
  /** Any code the quartier has carried: a 2015 code still finds its 2015 QPV after the 2024 list is loaded. */
  code?: string;
  generation?: GenerationQpv;
  categorie?: CategorieQuartier;
  /** INSEE code or name of a commune. */
  commune?: string;
  /** Part of the name or of an alias, whatever the accents and case. */
  texte?: string;
  statut?: QpvDocument['statut'] | QpvDocument['statut'][];
}

export const QPVS_TRI = { generation: 1, nom: 1, _id: 1 } as const;

export function qpvsQuery(filtre: QpvsFiltre = {}): Requete {
  const conditions: MongoFilter[] = [];
  if (filtre.code) conditions.push({ codes: filtre.code.trim().toUpperCase() });
  if (filtre.generation) conditions.push({ generation: filtre.generation });
  if (filtre.categorie) conditions.push({ categorie: filtre.categorie });
  if (filtre.commune) {
    const insee = normaliserCodeInsee(filtre.commune);
    conditions.push({ communesRecherche: insee ?? normaliserTexte(filtre.commune) });
  }
  if (filtre.texte) conditions.push({ nomsRecherche: contient(filtre.texte) });
  if (filtre.statut) conditions.push({ statut: Array.isArray(filtre.statut) ? { $in: filtre.statut } : filtre.statut });
  return { filter: conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: conditions }, sort: { ...QPVS_TRI } };
}

/** Successors of a quartier, whichever side recorded the link. */
export function successeursQuery(qpv: Pick<QpvDocument, '_id' | 'successeurs'>): Requete {
  return { filter: { $or: [{ _id: { $in: qpv.successeurs.map((l) => l.qpvId) } }, { 'predecesseurs.qpvId': qpv._id }] }, sort: { ...QPVS_TRI } };
}

/** Predecessors of a quartier, whichever side recorded the link. */
export function predecesseursQuery(qpv: Pick<QpvDocument, '_id' | 'predecesseurs'>): Requete {
  return { filter: { $or: [{ _id: { $in: qpv.predecesseurs.map((l) => l.qpvId) } }, { 'successeurs.qpvId': qpv._id }] }, sort: { ...QPVS_TRI } };
}
