import type { Decider } from '@cdv/eventsourcing';
import type { ContratCommand } from './contrat.commands';
import { decideContrat } from './contrat.decide';
import type { ContratEvent } from './contrat.events';
import { evolveContrat, initialContratState, type ContratState } from './contrat.state';

export const contratDecider: Decider<ContratCommand, ContratEvent, ContratState> = {
  decide: decideContrat,
  evolve: evolveContrat,
  initialState: initialContratState,
};
