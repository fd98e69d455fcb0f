import type { Decider } from '@cdv/eventsourcing';
import type { DispositifCommand } from './dispositif.commands';
import { decideDispositif } from './dispositif.decide';
import type { DispositifEvent } from './dispositif.events';
import { evolveDispositif, initialDispositifState, type DispositifState } from './dispositif.state';

export const dispositifDecider: Decider<DispositifCommand, DispositifEvent, DispositifState> = {
  decide: decideDispositif,
  evolve: evolveDispositif,
  initialState: initialDispositifState,
};
