import type { Cents, DomainEvent } from '@cdv/eventsourcing';

/**
 * An EPCI fund the report accounts for (seed 003 §2.3: the Fonds de Cohésion Sociale, the Fonds de Concours
 * « Politique de la Ville »), one stream each: `{tenant}:dispositif-{id}`. Funds that co-finance programmation
 * actions are lines of dossiers tagged with the dispositif's id; funds that pay communes' investments outside
 * the programmation (fonds de concours) record their operations here.
 */
export const NATURES_DISPOSITIF = ['fonds_cohesion_sociale', 'fonds_de_concours', 'autre'] as const;
export type NatureDispositif = (typeof NATURES_DISPOSITIF)[number];

/** A rule in words, with where it is written (« 40 % des dépenses éligibles… », seed 003 L406). */
export interface RegleDispositif {
  libelle: string;
  source: string | null;
}

/** The amount rule the platform checks: min(taux × assiette, plafond). */
export interface CalculAide {
  tauxMaxPourcentage: number;
  plafond: Cents | null;
  assiette: 'depenses_eligibles' | 'montant_operation';
}

export interface DefinitionDispositif {
  dispositifId: string;
  libelle: string;
  nature: NatureDispositif;
  financeur: { id: string; nom: string };
  description: string | null;
  regles: RegleDispositif[];
  calcul: CalculAide | null;
  /** Ids of the tenant's financing rules (programmation) that enforce this fund on dossier lines. */
  reglesFinancement: string[];
}

export interface Beneficiaire {
  partenaireId: string | null;
  nom: string;
  insee: string | null;
}

export interface Operation {
  operationId: string;
  annee: number;
  beneficiaire: Beneficiaire;
  projet: string;
  montantOperation: Cents;
  depensesEligibles: Cents | null;
  montantAide: Cents;
  /** The part of the aid due to the politique de la ville (« 280 000 (dont 35 000 Pol Ville) », L427). */
  dontPolitiqueVille: Cents | null;
  decideLe: string | null;
}

export type DispositifDefini = DomainEvent<'DispositifDefini', DefinitionDispositif & { redefinition: boolean }>;

export type OperationEnregistree = DomainEvent<'OperationEnregistree', Operation & { dispositifId: string; plafondCalcule: Cents | null }>;

export type OperationAnnulee = DomainEvent<'OperationAnnulee', { dispositifId: string; operationId: string }>;

export type DispositifEvent = DispositifDefini | OperationEnregistree | OperationAnnulee;

export const DISPOSITIF_EVENT_TYPES = ['DispositifDefini', 'OperationEnregistree', 'OperationAnnulee'] as const satisfies ReadonlyArray<
  DispositifEvent['type']
>;
