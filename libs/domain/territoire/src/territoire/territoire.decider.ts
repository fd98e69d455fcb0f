import type { Decider } from '@cdv/eventsourcing';
import type { TerritoireCommand } from './territoire.commands';
import { decideTerritoire } from './territoire.decide';
import type { TerritoireEvent } from './territoire.events';
import { evolveTerritoire, initialTerritoireState, type TerritoireState } from './territoire.state';

export const territoireDecider: Decider<TerritoireCommand, TerritoireEvent, TerritoireState> = {
  decide: decideTerritoire,
  evolve: evolveTerritoire,
  initialState: initialTerritoireState,
};
