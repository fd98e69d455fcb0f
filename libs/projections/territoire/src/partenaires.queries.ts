import { normaliserIdentifiant, type CategorieFinanceur, type NaturePartenaire, type RolePartenaire } from '@cdv/domain-territoire';
import type { MongoFilter, Requete } from './shared/events';
import { contient } from './shared/recherche';

export interface PartenairesFiltre {
  /** A name or alias (contains, accents and case ignored), or a SIRET / SIREN / RNA. */
  texte?: string;
  nature?: NaturePartenaire;
  role?: RolePartenaire;
  categorieFinanceur?: CategorieFinanceur;
  associationPorteuseId?: string;
}

export function partenairesQuery(filtre: PartenairesFiltre = {}): Requete {
  const conditions: MongoFilter[] = [];
  if (filtre.texte) {
    const identifiant = normaliserIdentifiant(filtre.texte);
    const recherche: MongoFilter[] = [{ nomsRecherche: contient(filtre.texte) }];
    if (/^\d{9}$/.test(identifiant)) recherche.push({ siren: identifiant });
    if (/^\d{14}$/.test(identifiant)) recherche.push({ siret: identifiant });
    if (/^W[0-9AB]\d{8}$/.test(identifiant)) recherche.push({ rna: identifiant });
    conditions.push(recherche.length === 1 ? recherche[0] : { $or: recherche });
  }
  if (filtre.nature) conditions.push({ nature: filtre.nature });
  if (filtre.role) conditions.push({ roles: filtre.role });
  if (filtre.categorieFinanceur) conditions.push({ categorieFinanceur: filtre.categorieFinanceur });
  if (filtre.associationPorteuseId) conditions.push({ associationPorteuseId: filtre.associationPorteuseId });
  // two partenaires may share a name: _id breaks the tie, so both engines list them in one order
  return { filter: conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: conditions }, sort: { nom: 1, _id: 1 } };
}

/**
 * Financeurs grouped by report category (the eight categories of the yearly report), each group's partenaires by
 * name: MongoDB's $push keeps no defined order (nor does $group), so the list is sorted after the grouping.
 */
export function financeursParCategoriePipeline(): Record<string, unknown>[] {
  return [
    { $match: { roles: 'financeur' } },
    {
      $group: {
        _id: { $ifNull: ['$categorieFinanceur', null] },
        partenaires: { $push: { partenaireId: '$partenaireId', nom: '$nom' } },
        nombre: { $sum: 1 },
      },
    },
    { $set: { partenaires: { $sortArray: { input: '$partenaires', sortBy: { nom: 1, partenaireId: 1 } } } } },
    { $sort: { _id: 1 } },
  ];
}
