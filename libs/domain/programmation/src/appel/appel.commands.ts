import type { Cents, Command } from '@cdv/eventsourcing';
import type { FinanceurRef, NatureFinancement, Tag } from '../shared/references';
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

/** Moves the closing date (ADR « Business rules of issue 12 »: a reason once the date passed or the appel is clos). */
export type ModifierDateCloture = Command<'ModifierDateCloture', { annee: number; clotureLe: string }>;

export type AppelCommand = OuvrirAppelAProjets | FixerEnveloppe | PlanifierComite | CloreAppelAProjets | CloturerExercice | ModifierDateCloture;
