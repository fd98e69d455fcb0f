import type { Decider } from '@cdv/eventsourcing';
import type { EngagementCommand } from './engagement.commands';
import { decideEngagement } from './engagement.decide';
import type { EngagementEvent } from './engagement.events';
import { evolveEngagement, initialEngagementState, type EngagementState } from './engagement.state';

export const engagementDecider: Decider<EngagementCommand, EngagementEvent, EngagementState> = {
  decide: decideEngagement,
  evolve: evolveEngagement,
  initialState: initialEngagementState,
};
