import type { QpvDocument } from '@cdv/projections-territoire';
import type { Lecture } from '../shared/lecture';
import type { Qpv } from './qpv.types';

export function toQpv(lecture: Lecture, document: QpvDocument): Qpv {
  return lecture.attacher<Qpv>({
    id: document._id,
    code: document.code,
    codes: document.codes,
    categorie: document.categorie,
    generation: document.generation,
    validite: { ...document.validite },
    statut: document.statut,
    nom: document.nom,
    alias: document.alias,
    communes: document.communes.map((c) => ({ codeInsee: c.codeInsee, nom: c.nom })),
    zonages: document.zonages,
    reconnaissance: document.reconnaissance ? { ...document.reconnaissance } : null,
    remplaceLe: document.remplaceLe,
    retireLe: document.retireLe,
    statistiques: document.statistiques.map((s) => ({ ...s })),
    liensPredecesseurs: document.predecesseurs.map((l) => ({ ...l })),
    liensSuccesseurs: document.successeurs.map((l) => ({ ...l })),
  });
}
