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
  return { filter: conditions.length === 0 ? {} : conditions.length === 1 ? conditions[0] : { $and: conditions }, sort: { nom: 1 } };
}

/** Financeurs grouped by report category (the eight categories of the yearly report). */
export function financeursParCategoriePipeline(): Record<string, unknown>[] {
  return [
    { $match: { roles: 'financeur' } },
    { $group: { _id: '$categorieFinanceur', partenaires: { $push: { partenaireId: '$partenaireId', nom: '$nom' } }, nombre: { $sum: 1 } } },
    { $sort: { _id: 1 } },
  ];
}
