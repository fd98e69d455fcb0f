import type { Cents } from '@cdv/eventsourcing';

/**
 * What programmation events say about référentiel objects (territoire context). We refer by id and carry the
 * labels the read models need, so that a projection never has to read another context (and an as-of rebuild
 * shows the label as it was when the fact was recorded).
 */

/** The 8 financeur categories of the rapport politique de la ville (seed 003 L150–L159). */
export const FINANCEUR_CATEGORIES = ['etat_credits_specifiques', 'etat_droit_commun', 'region', 'departement', 'caf', 'epci', 'communes', 'autres'] as const;
export type FinanceurCategorie = (typeof FINANCEUR_CATEGORIES)[number];

/** « crédits spécifiques » (politique de la ville) vs « droit commun »: independent of the category (seed 003 §9.19). */
export const NATURES_FINANCEMENT = ['credits_specifiques', 'droit_commun'] as const;
export type NatureFinancement = (typeof NATURES_FINANCEMENT)[number];

/**
 * `numeraire` lines carry money; `nature` (in-kind) and `technique` partners carry none (seed 003 §9.43,
 * J'apprends à nager and the Comité Départemental de Natation).
 */
export const MODALITES_FINANCEMENT = ['numeraire', 'nature', 'technique'] as const;
export type ModaliteFinancement = (typeof MODALITES_FINANCEMENT)[number];

export interface FinanceurRef {
  id: string;
  nom: string;
  /** Per line: the State is `etat_credits_specifiques` for BOP 147 and `etat_droit_commun` otherwise. */
  categorie: FinanceurCategorie;
}

export const PORTEUR_KINDS = [
  'association',
  'conseil_citoyen',
  'commune',
  'ccas',
  'epci',
  'syndicat_intercommunal',
  'etat',
  'region',
  'departement',
  'caf',
  'bailleur',
  'etablissement_public',
  'chambre_consulaire',
  'entreprise',
  'autre',
] as const;
export type PorteurKind = (typeof PORTEUR_KINDS)[number];

export interface PorteurRef {
  id: string;
  nom: string;
  kind: PorteurKind;
}

/** A node of the cadre stratégique (or any classification) by id, with its label at the time. */
export interface Tag {
  id: string;
  libelle: string;
}

/**
 * Every classification dimension the documents use; each may be absent (seed 003 §9.9–9.10: CLSM and « Accès aux
 * droits » have no sous-priorité and must still be counted). `autres` holds tenant-specific dimensions
 * (MEL chantiers, publics prioritaires, marqueur égalité…).
 */
export interface Classement {
  pilier?: Tag;
  orientation?: Tag;
  objectif?: Tag;
  priorite?: Tag;
  sousPriorite?: Tag;
  /** Reporting layer of the annual report (Education, Santé…), not part of the cadre stratégique. */
  thematique?: Tag;
  /** The CGET/ANCT thematic bucket (cohésion sociale, emploi, développement économique, cadre de vie, pilotage). */
  thematiqueCget?: Tag;
  axesTransversaux?: Tag[];
  autres?: Array<Tag & { dimension: string }>;
}

export interface CommuneRef {
  /** INSEE code (5 characters, Corsica 2A/2B). */
  insee: string;
  nom: string;
}

/** One commune, several communes, or intercommunal (seed 003 §9.11). */
export type Perimetre = { type: 'communes'; communes: CommuneRef[] } | { type: 'intercommunal' };

export interface QpvRef {
  id: string;
  /** Official code when known (QP059012, QN05901M); optional (seed 001 §7.6). */
  code?: string;
  nom: string;
}

/** The same action renewed year after year (« 3ème année »): a stable id and the rank of this year. */
export interface SerieRef {
  id: string;
  rang: number;
  libelle?: string;
}

export interface OrganisationRef {
  id: string;
  nom: string;
}

/** Amounts by stage of a ligne de financement. */
export interface MontantsParEtape {
  demande: Cents;
  propose: Cents;
  vote: Cents;
  engage: Cents;
  verse: Cents;
  justifie: Cents;
}

/** Line key: one line per financeur and nature (docs/design.md §3). */
export function ligneIdDe(financeurId: string, nature: NatureFinancement): string {
  return `${financeurId}:${nature}`;
}
