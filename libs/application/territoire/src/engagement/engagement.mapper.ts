import type { Cible } from '@cdv/domain-territoire';
import type { EngagementDocument } from '@cdv/projections-territoire';
import type { Lecture } from '../shared/lecture';
import type { Engagement, EngagementCibleValeur } from './engagement.types';

/** The domain's target union, flattened for GraphQL (the members a type has not are null). */
export function cibleValeur(cible: Cible): EngagementCibleValeur {
  return {
    type: cible.type,
    valeur: cible.type === 'valeur' ? cible.valeur : null,
    min: cible.type === 'intervalle' ? cible.min : null,
    max: cible.type === 'intervalle' ? cible.max : null,
    texte: cible.type === 'texte' ? cible.texte : null,
  };
}

export function toEngagement(lecture: Lecture, document: EngagementDocument): Engagement {
  return lecture.attacher<Engagement>({
    id: document._id,
    contratId: document.contratId,
    groupe: document.groupe,
    priorite: document.priorite,
    objectif: document.objectif,
    responsables: document.responsables.map((r) => lecture.attacher({ partenaireId: r.partenaireId, libelle: r.libelle })),
    moyens: document.moyens,
    noeuds: document.noeuds.map((n) => ({ ...n })),
    indicateurIds: document.indicateurIds,
    cibles: document.cibles.map((c) => ({
      indicateurId: c.indicateurId,
      annee: c.annee,
      periode: c.periode,
      ventilation: c.ventilation,
      cible: cibleValeur(c.cible),
      reference: c.reference ? { ...c.reference } : null,
      qualificatif: c.qualificatif,
      historique: c.historique.map((h) => ({ cible: cibleValeur(h.cible), reason: h.motif, motif: h.motif, le: h.le })),
    })),
    echeance: document.echeance,
    statut: document.statut,
    historiqueStatuts: document.historiqueStatuts.map((h) => ({ ...h, reason: h.motif })),
  });
}
