import type { DomainEvent } from '@cdv/eventsourcing';
import type { CommuneRef } from '../shared/commune';
import type { DatePartielle } from '../shared/dates';
import type { Statistique } from '../shared/statistique';

/** Legal kinds of EPCI: métropole, communauté urbaine / d'agglomération / de communes, établissement public territorial. */
export const NATURES_EPCI = ['metropole', 'cu', 'ca', 'cc', 'ept', 'autre'] as const;
export type NatureEpci = (typeof NATURES_EPCI)[number];

/** An EPCI this one comes from (CABBALR = fusion of Artois Comm. and Artois-Lys), with its own contract. */
export interface Predecesseur {
  nom: string;
  siren: string | null;
  /** Last day (or month/year) of the predecessor's existence, when the document gives it. */
  jusquAu: DatePartielle | null;
  contratDeVille: { intitule: string; signeLe: DatePartielle | null } | null;
  note: string | null;
}

export type TerritoireOuvert = DomainEvent<
  'TerritoireOuvert',
  {
    /** null when the source gives no SIREN; attach it later with AttribuerSirenTerritoire. */
    siren: string | null;
    /** Legal name. */
    nom: string;
    nomUsuel: string | null;
    acronyme: string | null;
    /** null when the documents do not state the legal kind. */
    nature: NatureEpci | null;
    departement: string | null;
    region: string | null;
  }
>;
export type TerritoireRenomme = DomainEvent<'TerritoireRenomme', { nom: string; ancienNom: string; nomUsuel: string | null; acronyme: string | null }>;
export type NatureTerritoireChangee = DomainEvent<'NatureTerritoireChangee', { nature: NatureEpci; ancienneNature: NatureEpci | null; depuis: DatePartielle }>;
export type SirenTerritoireAttribue = DomainEvent<'SirenTerritoireAttribue', { siren: string; ancienSiren: string | null }>;
export type CommuneRattachee = DomainEvent<'CommuneRattachee', { commune: CommuneRef; alias: string[]; depuis: DatePartielle | null }>;
export type CommuneDetachee = DomainEvent<'CommuneDetachee', { commune: CommuneRef; jusquAu: DatePartielle | null }>;
export type AliasCommuneAjoute = DomainEvent<'AliasCommuneAjoute', { commune: CommuneRef; alias: string }>;
/** A commune known by name only receives its INSEE code; its key changes from the name to the code. */
export type CodeInseeCommuneAttribue = DomainEvent<'CodeInseeCommuneAttribue', { nom: string; codeInsee: string }>;
export type PredecesseurDeclare = DomainEvent<'PredecesseurDeclare', { predecesseur: Predecesseur }>;
/** `precedente` is set when this corrects an earlier value of the same statistic (with a reason). */
export type StatistiqueTerritoireEnregistree = DomainEvent<'StatistiqueTerritoireEnregistree', { statistique: Statistique; precedente: Statistique | null }>;

export type TerritoireEvent =
  | TerritoireOuvert
  | TerritoireRenomme
  | NatureTerritoireChangee
  | SirenTerritoireAttribue
  | CommuneRattachee
  | CommuneDetachee
  | AliasCommuneAjoute
  | CodeInseeCommuneAttribue
  | PredecesseurDeclare
  | StatistiqueTerritoireEnregistree;

export const TERRITOIRE_EVENT_TYPES = [
  'TerritoireOuvert',
  'TerritoireRenomme',
  'NatureTerritoireChangee',
  'SirenTerritoireAttribue',
  'CommuneRattachee',
  'CommuneDetachee',
  'AliasCommuneAjoute',
  'CodeInseeCommuneAttribue',
  'PredecesseurDeclare',
  'StatistiqueTerritoireEnregistree',
] as const satisfies readonly TerritoireEvent['type'][];
