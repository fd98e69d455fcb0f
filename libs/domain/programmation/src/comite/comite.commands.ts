import type { Command } from '@cdv/eventsourcing';
import type { DecisionComite, MembreComite } from './comite.events';

export type ConvoquerComite = Command<
  'ConvoquerComite',
  { comiteId: string; annee: number; date: string; libelle: string; membres: MembreComite[]; synthetique?: string[] }
>;

export type ArreterProgrammation = Command<
  'ArreterProgrammation',
  {
    comiteId: string;
    /** Organisation ids of the members present; every member when absent. */
    presents?: string[];
    decisions: DecisionComite[];
  }
>;

export type CloreComite = Command<'CloreComite', { comiteId: string }>;

/** Replaces the members after the convocation (an absent financeur, a forgotten co-president), with a reason. */
export type CorrigerMembresComite = Command<'CorrigerMembresComite', { comiteId: string; membres: MembreComite[] }>;

export type ComiteCommand = ConvoquerComite | ArreterProgrammation | CloreComite | CorrigerMembresComite;
