import type { IndicateurDocument } from '@cdv/projections-territoire';
import { cibleValeur } from '../engagement/engagement.mapper';
import type { Lecture } from '../shared/lecture';
import type { Indicateur } from './indicateur.types';

export function toIndicateur(lecture: Lecture, document: IndicateurDocument): Indicateur {
  return lecture.attacher<Indicateur>({
    id: document._id,
    defini: document.defini,
    libelle: document.libelle,
    unite: document.unite,
    nature: document.nature,
    ventilations: document.ventilations,
    tranchesAge: document.tranchesAge,
    definition: document.definition,
    noeuds: document.noeuds.map((n) => ({ ...n })),
    engagementIds: document.engagementIds,
    cibles: document.cibles.map((c) => ({
      engagementId: c.engagementId,
      indicateurId: c.indicateurId,
      annee: c.annee,
      periode: c.periode,
      ventilation: c.ventilation,
      cible: cibleValeur(c.cible),
      reference: c.reference ? { ...c.reference } : null,
      qualificatif: c.qualificatif,
    })),
    valeurs: document.valeurs.map((v) => ({
      annee: v.annee,
      date: v.date,
      // The breakdown carries the Lecture: its quartier is loaded from the same point in time.
      ventilation: v.ventilation
        ? lecture.attacher({ sexe: v.ventilation.sexe ?? null, trancheAge: v.ventilation.trancheAge ?? null, qpvId: v.ventilation.qpvId ?? null })
        : null,
      engagementId: v.engagementId,
      valeur: v.valeur,
      valeurImprimee: v.valeurImprimee,
      qualificatif: v.qualificatif,
      source: v.source,
      corrections: v.corrections.map((c) => ({ ...c, reason: c.motif })),
    })),
    renseigne: document.renseigne,
  });
}
