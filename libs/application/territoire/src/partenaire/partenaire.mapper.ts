import type { PartenaireDocument } from '@cdv/projections-territoire';
import type { Lecture } from '../shared/lecture';
import type { Partenaire } from './partenaire.types';

export function toPartenaire(lecture: Lecture, document: PartenaireDocument): Partenaire {
  return lecture.attacher<Partenaire>({
    id: document._id,
    nature: document.nature,
    nom: document.nom,
    alias: document.alias,
    identifiants: { siret: document.siret, siren: document.siren, rna: document.rna },
    roles: document.roles,
    categorieFinanceur: document.categorieFinanceur,
    communes: document.communes.map((c) => ({ codeInsee: c.codeInsee, nom: c.nom })),
    associationPorteuseId: document.associationPorteuseId,
  });
}
