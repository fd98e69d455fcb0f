import type { DomainEvent } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';
import type { DateIso, DatePartielle } from '../shared/dates';
import type { Statistique } from '../shared/statistique';
import type { GenerationQpv } from '../shared/validators';

/**
 * The priority geography: national QPV, and the EPCI's own quartiers de veille active and quartiers d'intérêt
 * communautaire / d'agglomération (seed 003 §9.3). One aggregate, one stream per quartier.
 */
export const CATEGORIES_QUARTIER = ['qpv', 'quartier_veille_active', 'quartier_interet_communautaire'] as const;
export type CategorieQuartier = (typeof CATEGORIES_QUARTIER)[number];

/** Validity of each national geography: décrets 2014-1750/1751 (2015–2023) and 2023-1314 (from 1 January 2024). */
export const VALIDITE_GENERATION: Record<GenerationQpv, { du: DateIso; au: DateIso | null }> = {
  2015: { du: '2015-01-01', au: '2023-12-31' },
  2024: { du: '2024-01-01', au: null },
};

export interface Validite {
  du: DateIso | null;
  au: DateIso | null;
}

/** How a quartier of the EPCI's own geography was recognised (e.g. Conseil Communautaire, December 2018). */
export interface Reconnaissance {
  instance: string;
  date: DatePartielle | null;
  reference: string | null;
}

/** A link to another quartier of another generation; the code is null while that quartier has none. */
export interface LienQpv {
  qpvId: string;
  code: string | null;
}

export type QpvDeclare = DomainEvent<
  'QpvDeclare',
  {
    qpvId: string;
    categorie: CategorieQuartier;
    /** Official code; null until known (the documents rarely print it). */
    code: string | null;
    generation: GenerationQpv | null;
    validite: Validite;
    nom: string;
    alias: string[];
    communes: CommuneRef[];
    /** Overlay zonings as printed (NPNRU, PNRQAD, Cités minières prioritaires…). */
    zonages: string[];
    reconnaissance: Reconnaissance | null;
    predecesseurs: LienQpv[];
  }
>;
export type CodeQpvAttribue = DomainEvent<'CodeQpvAttribue', { qpvId: string; code: string; ancienCode: string | null; generation: GenerationQpv }>;
export type QpvRenomme = DomainEvent<'QpvRenomme', { qpvId: string; nom: string; ancienNom: string }>;
export type AliasQpvAjoute = DomainEvent<'AliasQpvAjoute', { qpvId: string; alias: string }>;
export type CommuneQpvRattachee = DomainEvent<'CommuneQpvRattachee', { qpvId: string; commune: CommuneRef }>;
export type CommuneQpvDetachee = DomainEvent<'CommuneQpvDetachee', { qpvId: string; commune: CommuneRef }>;
/** A quartier of one generation is replaced by one or several of the next (2015 QPV → 2024 QPV). */
export type QpvRemplace = DomainEvent<'QpvRemplace', { qpvId: string; code: string | null; successeurs: LienQpv[]; dateEffet: DateIso }>;
export type QpvRetire = DomainEvent<'QpvRetire', { qpvId: string; dateEffet: DateIso }>;
export type StatistiqueQpvEnregistree = DomainEvent<'StatistiqueQpvEnregistree', { qpvId: string; statistique: Statistique; precedente: Statistique | null }>;

export type QpvEvent =
  QpvDeclare | CodeQpvAttribue | QpvRenomme | AliasQpvAjoute | CommuneQpvRattachee | CommuneQpvDetachee | QpvRemplace | QpvRetire | StatistiqueQpvEnregistree;

export const QPV_EVENT_TYPES = [
  'QpvDeclare',
  'CodeQpvAttribue',
  'QpvRenomme',
  'AliasQpvAjoute',
  'CommuneQpvRattachee',
  'CommuneQpvDetachee',
  'QpvRemplace',
  'QpvRetire',
  'StatistiqueQpvEnregistree',
] as const satisfies readonly QpvEvent['type'][];
