import type { Command } from '@cdv/eventsourcing';
import type { Chiffre } from './chiffres.events';

export type DeclarerChiffre = Command<
  'DeclarerChiffre',
  Omit<Chiffre, 'unite' | 'qualificatif' | 'dateReference' | 'sujet'> &
    Partial<Pick<Chiffre, 'unite' | 'qualificatif' | 'dateReference' | 'sujet'>> & { documentId: string }
>;
/** Needs metadata.reason. Fields left undefined stay unchanged. */
export type CorrigerChiffre = Command<'CorrigerChiffre', { chiffreId: string; valeurImprimee?: string; valeur?: Chiffre['valeur']; localisation?: string }>;

export type ChiffresCommand = DeclarerChiffre | CorrigerChiffre;
