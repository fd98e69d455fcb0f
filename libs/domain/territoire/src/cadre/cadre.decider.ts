import type { Decider } from '@cdv/eventsourcing';
import type { CadreCommand } from './cadre.commands';
import { decideCadre } from './cadre.decide';
import type { CadreEvent } from './cadre.events';
import { evolveCadre, initialCadreState, type CadreState } from './cadre.state';

export const cadreDecider: Decider<CadreCommand, CadreEvent, CadreState> = {
  decide: decideCadre,
  evolve: evolveCadre,
  initialState: initialCadreState,
};
