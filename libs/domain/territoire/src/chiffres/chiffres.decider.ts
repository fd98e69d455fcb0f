import type { Decider } from '@cdv/eventsourcing';
import type { ChiffresCommand } from './chiffres.commands';
import { decideChiffres } from './chiffres.decide';
import type { ChiffresEvent } from './chiffres.events';
import { evolveChiffres, initialChiffresState, type ChiffresState } from './chiffres.state';

export const chiffresDecider: Decider<ChiffresCommand, ChiffresEvent, ChiffresState> = {
  decide: decideChiffres,
  evolve: evolveChiffres,
  initialState: initialChiffresState,
};
