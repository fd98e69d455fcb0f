import type { Cents, Command } from '@cdv/eventsourcing';
import type { FinanceurRef, NatureFinancement, Tag } from '../shared/references';
import type { PieceRequise } from '../pieces/piece.types';
import type { ComitePrevu, Enveloppe } from './appel.events';

export type OuvrirAppelAProjets = Command<
  'OuvrirAppelAProjets',
  {
    annee: number;
    titre: string;
    ouvertureLe: string;
    clotureLe: string;
    priorites: Tag[];
    enveloppes: Enveloppe[];
    comites: ComitePrevu[];
    synthetique?: string[];
  }
>;

/** Sets or changes one envelope; changing an existing one needs a reason. */
export type FixerEnveloppe = Command<
  'FixerEnveloppe',
  { annee: number; financeur: FinanceurRef; nature?: NatureFinancement; montant: Cents; synthetique?: string[] }
>;

export type PlanifierComite = Command<'PlanifierComite', { annee: number } & ComitePrevu>;

export type CloreAppelAProjets = Command<'CloreAppelAProjets', { annee: number }>;

/**
 * Closes the year. The appel cannot see the dossiers: the application counts, in the dossier read model, the
 * dossiers of the year that are not soldé (nor closed otherwise) and passes the count.
 */
export type CloturerExercice = Command<'CloturerExercice', { annee: number; dossiersNonSoldes: number }>;

/**
 * Names the pieces a deposit (and a bilan) needs, per porteur kind: the whole list, replacing the previous one
 * (with a reason once one was set). The application checks the kinds against the workspace's catalogue.
 */
export type DefinirPiecesRequises = Command<'DefinirPiecesRequises', { annee: number; pieces: PieceRequise[] }>;

/** Moves the closing date (ADR 0025: a reason once the date passed or the appel is clos). */
export type ModifierDateCloture = Command<'ModifierDateCloture', { annee: number; clotureLe: string }>;

export type AppelCommand =
  OuvrirAppelAProjets | FixerEnveloppe | PlanifierComite | CloreAppelAProjets | CloturerExercice | DefinirPiecesRequises | ModifierDateCloture;
