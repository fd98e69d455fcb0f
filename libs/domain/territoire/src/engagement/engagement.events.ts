import type { DomainEvent } from '@cdv/eventsourcing';
import type { DatePartielle } from '../shared/dates';
import type { Decimal } from '../shared/decimal';
import type { RefNoeud, RefOrganisation } from '../shared/references';

/** Follow-up statuses of a commitment (the "40 mesures" grid, V:L2497-2507), plus not stated and abandoned. */
export const STATUTS_ENGAGEMENT = [
  'non_renseigne',
  'a_lancer',
  'en_cours_de_lancement',
  'en_cours_de_deploiement',
  'en_voie_de_finalisation',
  'atteint',
  'abandonne',
] as const;
export type StatutEngagement = (typeof STATUTS_ENGAGEMENT)[number];

/** A target as documents print them: a number, a range ("750 à 850"), "à définir", or a rule in words. */
export type Cible =
  { type: 'valeur'; valeur: Decimal } | { type: 'intervalle'; min: Decimal; max: Decimal } | { type: 'a_definir' } | { type: 'texte'; texte: string };

export interface CibleIndicateur {
  indicateurId: string;
  /** The year the target is for; null when the source gives none. */
  annee: number | null;
  /** Span in words when it is not a year ("sur 3 ans", "à N+3"). */
  periode: string | null;
  /** Breakdown the target applies to ("DTML", "Loos-Les Oliveaux", "femmes"). */
  ventilation: string | null;
  cible: Cible;
  /** Baseline ("actuellement 50 sites suivis dont 30 en QPV"). */
  reference: { valeur: Decimal | null; libelle: string } | null;
  /** "environ", "près de", "total"… */
  qualificatif: string | null;
}

export type EngagementPris = DomainEvent<
  'EngagementPris',
  {
    engagementId: string;
    contratId: string | null;
    /** Section of the source the commitment belongs to ("Engagements communs à tous les signataires"). */
    groupe: string | null;
    priorite: string | null;
    objectif: string;
    responsables: RefOrganisation[];
    moyens: string | null;
    noeuds: RefNoeud[];
    indicateurIds: string[];
    echeance: DatePartielle | null;
    statut: StatutEngagement;
  }
>;
export type IndicateurRattacheEngagement = DomainEvent<'IndicateurRattacheEngagement', { engagementId: string; indicateurId: string }>;
export type CibleIndicateurFixee = DomainEvent<'CibleIndicateurFixee', CibleIndicateur & { engagementId: string }>;
/** A target changed after it was set (metadata.reason says why). */
export type CibleIndicateurModifiee = DomainEvent<'CibleIndicateurModifiee', CibleIndicateur & { engagementId: string; precedente: CibleIndicateur }>;
export type StatutEngagementChange = DomainEvent<
  'StatutEngagementChange',
  { engagementId: string; statut: StatutEngagement; ancienStatut: StatutEngagement; depuis: DatePartielle; commentaire: string | null }
>;

export type EngagementEvent = EngagementPris | IndicateurRattacheEngagement | CibleIndicateurFixee | CibleIndicateurModifiee | StatutEngagementChange;

export const ENGAGEMENT_EVENT_TYPES = [
  'EngagementPris',
  'IndicateurRattacheEngagement',
  'CibleIndicateurFixee',
  'CibleIndicateurModifiee',
  'StatutEngagementChange',
] as const satisfies readonly EngagementEvent['type'][];
