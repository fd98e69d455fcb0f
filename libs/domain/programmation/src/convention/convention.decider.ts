import type { Decider } from '@cdv/eventsourcing';
import type { ConventionCommand } from './convention.commands';
import { decideConvention } from './convention.decide';
import type { ConventionStreamEvent } from './convention.events';
import { evolveConvention, initialConventionState, type ConventionState } from './convention.state';

export const conventionDecider: Decider<ConventionCommand, ConventionStreamEvent, ConventionState> = {
  decide: decideConvention,
  evolve: evolveConvention,
  initialState: initialConventionState,
};
