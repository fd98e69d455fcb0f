import type { Decider } from '@cdv/eventsourcing';
import type { AppelCommand } from './appel.commands';
import { decideAppel } from './appel.decide';
import type { AppelEvent } from './appel.events';
import { evolveAppel, initialAppelState, type AppelState } from './appel.state';

export const appelDecider: Decider<AppelCommand, AppelEvent, AppelState> = {
  decide: decideAppel,
  evolve: evolveAppel,
  initialState: initialAppelState,
};
