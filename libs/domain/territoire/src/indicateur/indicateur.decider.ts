import type { Decider } from '@cdv/eventsourcing';
import type { IndicateurCommand } from './indicateur.commands';
import { decideIndicateur } from './indicateur.decide';
import type { IndicateurEvent } from './indicateur.events';
import { evolveIndicateur, initialIndicateurState, type IndicateurState } from './indicateur.state';

export const indicateurDecider: Decider<IndicateurCommand, IndicateurEvent, IndicateurState> = {
  decide: decideIndicateur,
  evolve: evolveIndicateur,
  initialState: initialIndicateurState,
};
