import type { Decider } from '@cdv/eventsourcing';
import type { ComiteCommand } from './comite.commands';
import { decideComite } from './comite.decide';
import type { ComiteEvent } from './comite.events';
import { evolveComite, initialComiteState, type ComiteState } from './comite.state';

export const comiteDecider: Decider<ComiteCommand, ComiteEvent, ComiteState> = {
  decide: decideComite,
  evolve: evolveComite,
  initialState: initialComiteState,
};
