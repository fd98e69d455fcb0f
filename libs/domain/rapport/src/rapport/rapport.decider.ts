import type { Decider } from '@cdv/eventsourcing';
import type { RapportCommand } from './rapport.commands';
import { decideRapport } from './rapport.decide';
import type { RapportEvent } from './rapport.events';
import { evolveRapport, initialRapportState, type RapportState } from './rapport.state';

export const rapportDecider: Decider<RapportCommand, RapportEvent, RapportState> = {
  decide: decideRapport,
  evolve: evolveRapport,
  initialState: initialRapportState,
};
