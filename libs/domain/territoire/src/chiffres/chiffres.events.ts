import type { DomainEvent } from '@cdv/eventsourcing';
import type { DatePartielle } from '../shared/dates';
import type { Decimal } from '../shared/decimal';

/**
 * Figures the read models know how to compute from the platform's own data, so that the printed figure can be
 * set beside the computed one (V: "35 888 habitants soit 20 %" of 190 459 → 18.84 %). Other keys are kept as
 * printed only.
 */
export const CLES_CHIFFRE = {
  nombreCommunes: 'nombre_communes',
  nombreCommunesAvecQpv: 'nombre_communes_avec_qpv',
  nombreQpv: 'nombre_qpv',
  nombreQuartiersVeilleActive: 'nombre_quartiers_veille_active',
  nombreQuartiersInteretCommunautaire: 'nombre_quartiers_interet_communautaire',
  population: 'population',
  populationQpv: 'population_qpv',
  partPopulationQpv: 'part_population_qpv',
} as const;

export const TYPES_SUJET = ['territoire', 'qpv', 'contrat', 'cadre', 'partenaire', 'autre'] as const;
export type TypeSujet = (typeof TYPES_SUJET)[number];

/** A figure printed in a source document, kept as printed, with where it was read. */
export interface Chiffre {
  chiffreId: string;
  /** What the figure counts or measures: a CLES_CHIFFRE value or a free key (e.g. "npnru_sites"). */
  cle: string;
  libelle: string;
  valeurImprimee: string;
  /** The number read off the print; null when the print is not a plain number ("près d'un tiers"). */
  valeur: Decimal | null;
  unite: string | null;
  /** "environ", "près de"… as printed. */
  qualificatif: string | null;
  /** The date the figure describes, when it is not "now" (a count of QPV of the 2015 geography). */
  dateReference: DatePartielle | null;
  sujet: { type: TypeSujet; id: string | null };
  /** The source file or reference of the document. */
  document: string;
  /** Page and/or line(s) in the document ("L864-871", "p. 12"). */
  localisation: string;
}

export type ChiffreDeclare = DomainEvent<'ChiffreDeclare', Chiffre & { documentId: string }>;
/** The figure was mis-read from its document (metadata.reason says how). */
export type ChiffreCorrige = DomainEvent<
  'ChiffreCorrige',
  {
    documentId: string;
    chiffreId: string;
    valeurImprimee: string;
    valeur: Decimal | null;
    localisation: string;
    precedente: Pick<Chiffre, 'valeurImprimee' | 'valeur' | 'localisation'>;
  }
>;

export type ChiffresEvent = ChiffreDeclare | ChiffreCorrige;
export const CHIFFRES_EVENT_TYPES = ['ChiffreDeclare', 'ChiffreCorrige'] as const satisfies readonly ChiffresEvent['type'][];
