import type { DomainEvent } from '@cdv/eventsourcing';
import type { DatePartielle } from '../shared/dates';
import type { Decimal } from '../shared/decimal';
import type { RefNoeud } from '../shared/references';

/** Breakdowns a value may carry (docs/design.md §2 Bilan: by sex, age band, QPV residence). */
export const VENTILATIONS = ['sexe', 'tranche_age', 'qpv'] as const;
export type TypeVentilation = (typeof VENTILATIONS)[number];
export const SEXES = ['femme', 'homme'] as const;

/** A stock is read at a date (people in a conseil citoyen at 31/12), a flow is counted over the period. */
export const NATURES_INDICATEUR = ['stock', 'flux'] as const;
export type NatureIndicateur = (typeof NATURES_INDICATEUR)[number];

export interface Ventilation {
  sexe?: (typeof SEXES)[number];
  trancheAge?: string;
  qpvId?: string;
}

export interface ValeurIndicateur {
  annee: number | null;
  /** When the value is dated more finely than a year, or dated without a year ("début 2018"). */
  date: DatePartielle | null;
  ventilation: Ventilation | null;
  /** The engagement or action the value reports on, when it is not the territory as a whole. */
  engagementId: string | null;
  valeur: Decimal | null;
  valeurImprimee: string | null;
  qualificatif: string | null;
  source: string;
}

export type IndicateurDefini = DomainEvent<
  'IndicateurDefini',
  {
    indicateurId: string;
    libelle: string;
    unite: string | null;
    /** null when the source does not say. */
    nature: NatureIndicateur | null;
    ventilations: TypeVentilation[];
    /** Age bands used for this indicator ("13-25", "25-29"): they differ from one document to another. */
    tranchesAge: string[];
    definition: string | null;
    noeuds: RefNoeud[];
  }
>;
export type IndicateurRattacheObjectif = DomainEvent<'IndicateurRattacheObjectif', { indicateurId: string; noeud: RefNoeud }>;
export type ValeurIndicateurRenseignee = DomainEvent<'ValeurIndicateurRenseignee', ValeurIndicateur & { indicateurId: string }>;
export type ValeurIndicateurCorrigee = DomainEvent<'ValeurIndicateurCorrigee', ValeurIndicateur & { indicateurId: string; precedente: ValeurIndicateur }>;

export type IndicateurEvent = IndicateurDefini | IndicateurRattacheObjectif | ValeurIndicateurRenseignee | ValeurIndicateurCorrigee;

export const INDICATEUR_EVENT_TYPES = [
  'IndicateurDefini',
  'IndicateurRattacheObjectif',
  'ValeurIndicateurRenseignee',
  'ValeurIndicateurCorrigee',
] as const satisfies readonly IndicateurEvent['type'][];
