import type { Command } from '@cdv/eventsourcing';
import type { DefinitionDispositif, Operation } from './dispositif.events';

/** Defines the fund, or redefines it (with a reason). */
export type DefinirDispositif = Command<'DefinirDispositif', DefinitionDispositif>;

export type EnregistrerOperation = Command<
  'EnregistrerOperation',
  Omit<Operation, 'depensesEligibles' | 'dontPolitiqueVille' | 'decideLe'> &
    Partial<Pick<Operation, 'depensesEligibles' | 'dontPolitiqueVille' | 'decideLe'>> & { dispositifId: string }
>;

/** Needs a reason. */
export type AnnulerOperation = Command<'AnnulerOperation', { dispositifId: string; operationId: string }>;

export type DispositifCommand = DefinirDispositif | EnregistrerOperation | AnnulerOperation;
