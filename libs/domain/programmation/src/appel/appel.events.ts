import type { Cents, DomainEvent } from '@cdv/eventsourcing';
import type { PieceRequise } from '../pieces/piece.types';
import type { FinanceurRef, NatureFinancement, Tag } from '../shared/references';

/** A financeur's envelope for the year; `nature` narrows it when the financeur splits its credits. */
export interface Enveloppe {
  financeur: FinanceurRef;
  nature?: NatureFinancement;
  montant: Cents;
}

export interface ComitePrevu {
  comiteId: string;
  date: string;
  libelle: string;
}

export type AppelAProjetsOuvert = DomainEvent<
  'AppelAProjetsOuvert',
  {
    annee: number;
    titre: string;
    ouvertureLe: string;
    clotureLe: string;
    /** Cadre stratégique nodes retained this year (seed 003 L517, L565, L779). */
    priorites: Tag[];
    enveloppes: Enveloppe[];
    comites: ComitePrevu[];
    /** Names the fields a seed invented (the documents give no AAP calendar). */
    synthetique?: string[];
  }
>;

export type EnveloppeFixee = DomainEvent<
  'EnveloppeFixee',
  { annee: number; financeur: FinanceurRef; nature?: NatureFinancement; montant: Cents; avant: Cents | null; synthetique?: string[] }
>;

export type ComitePlanifie = DomainEvent<'ComitePlanifie', { annee: number } & ComitePrevu>;

export type AppelAProjetsClos = DomainEvent<'AppelAProjetsClos', { annee: number; closLe: string }>;

/** The year is over: every dossier is soldé; from now on only corrections with a reason. */
export type ExerciceCloture = DomainEvent<'ExerciceCloture', { annee: number; clotureLe: string }>;

/** The pieces the appel asks for from now on (instruction and solde check them); `precedentes` as they were. */
export type PiecesRequisesDefinies = DomainEvent<'PiecesRequisesDefinies', { annee: number; pieces: PieceRequise[]; precedentes: PieceRequise[] }>;

/**
 * The closing date moved (extended, or brought forward). `reouvert`: the appel was clos and takes deposits again
 * until the new date. The reason, when one was required, is in the metadata.
 */
export type DateClotureModifiee = DomainEvent<'DateClotureModifiee', { annee: number; clotureLe: string; avant: string; reouvert: boolean }>;

export type AppelEvent =
  AppelAProjetsOuvert | EnveloppeFixee | ComitePlanifie | AppelAProjetsClos | ExerciceCloture | PiecesRequisesDefinies | DateClotureModifiee;

export const APPEL_EVENT_TYPES = [
  'AppelAProjetsOuvert',
  'EnveloppeFixee',
  'ComitePlanifie',
  'AppelAProjetsClos',
  'ExerciceCloture',
  'PiecesRequisesDefinies',
  'DateClotureModifiee',
] as const satisfies ReadonlyArray<AppelEvent['type']>;
