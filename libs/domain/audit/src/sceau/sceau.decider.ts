import type { Decider } from '@cdv/eventsourcing';
import type { SceauCommand } from './sceau.commands';
import { decideSceau } from './sceau.decide';
import type { SceauEvent } from './sceau.events';
import { evolveSceaux, initialSceauxState, type SceauxState } from './sceau.state';

export const sceauDecider: Decider<SceauCommand, SceauEvent, SceauxState> = {
  decide: decideSceau,
  evolve: evolveSceaux,
  initialState: initialSceauxState,
};
