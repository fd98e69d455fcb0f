import type { DomainEvent } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';

export const NATURES_PARTENAIRE = [
  'association',
  'commune',
  'ccas',
  'epci',
  'etat_service',
  'region',
  'departement',
  'caf',
  'bailleur',
  'conseil_citoyen',
  'chambre_consulaire',
  'autre',
] as const;
export type NaturePartenaire = (typeof NATURES_PARTENAIRE)[number];

export const ROLES_PARTENAIRE = ['financeur', 'porteur', 'signataire'] as const;
export type RolePartenaire = (typeof ROLES_PARTENAIRE)[number];

/**
 * The eight financeur categories of the yearly reports (seed 003 L150–L159). "Droit commun" is State spending
 * outside BOP 147; the BOP 147 "crédits spécifiques" are their own category.
 */
export const CATEGORIES_FINANCEUR = ['etat_credits_specifiques', 'etat_droit_commun', 'region', 'departement', 'caf', 'epci', 'communes', 'autres'] as const;
export type CategorieFinanceur = (typeof CATEGORIES_FINANCEUR)[number];

export interface IdentifiantsPartenaire {
  siret: string | null;
  siren: string | null;
  rna: string | null;
}

export type PartenaireEnregistre = DomainEvent<
  'PartenaireEnregistre',
  IdentifiantsPartenaire & {
    partenaireId: string;
    nature: NaturePartenaire;
    nom: string;
    alias: string[];
    roles: RolePartenaire[];
    categorieFinanceur: CategorieFinanceur | null;
    communes: CommuneRef[];
    /** For a conseil citoyen: the association that carries it and receives its subsidies (seed 003 L394). */
    associationPorteuseId: string | null;
  }
>;
export type PartenaireRenomme = DomainEvent<'PartenaireRenomme', { partenaireId: string; nom: string; ancienNom: string }>;
export type AliasPartenaireAjoute = DomainEvent<'AliasPartenaireAjoute', { partenaireId: string; alias: string }>;
export type IdentifiantsPartenaireRenseignes = DomainEvent<
  'IdentifiantsPartenaireRenseignes',
  IdentifiantsPartenaire & { partenaireId: string; precedents: IdentifiantsPartenaire }
>;
export type RolesPartenaireChanges = DomainEvent<
  'RolesPartenaireChanges',
  { partenaireId: string; roles: RolePartenaire[]; categorieFinanceur: CategorieFinanceur | null }
>;
export type AssociationPorteuseDesignee = DomainEvent<
  'AssociationPorteuseDesignee',
  { partenaireId: string; associationPorteuseId: string; anciennePorteuseId: string | null }
>;

export type PartenaireEvent =
  PartenaireEnregistre | PartenaireRenomme | AliasPartenaireAjoute | IdentifiantsPartenaireRenseignes | RolesPartenaireChanges | AssociationPorteuseDesignee;

export const PARTENAIRE_EVENT_TYPES = [
  'PartenaireEnregistre',
  'PartenaireRenomme',
  'AliasPartenaireAjoute',
  'IdentifiantsPartenaireRenseignes',
  'RolesPartenaireChanges',
  'AssociationPorteuseDesignee',
] as const satisfies readonly PartenaireEvent['type'][];
