import type { Command } from '@cdv/eventsourcing';
import type { StreamHead } from '../merkle/merkle';

export interface PoserSceauData {
  /** Global position the heads were read at (inclusive). */
  position: number;
  /** Head of every stream of the tenant at that position, seal stream excluded, in any order. */
  tetes: StreamHead[];
}

export type PoserSceau = Command<'PoserSceau', PoserSceauData>;

export type SceauCommand = PoserSceau;
