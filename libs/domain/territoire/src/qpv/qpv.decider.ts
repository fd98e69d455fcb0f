import type { Decider } from '@cdv/eventsourcing';
import type { QpvCommand } from './qpv.commands';
import { decideQpv } from './qpv.decide';
import type { QpvEvent } from './qpv.events';
import { evolveQpv, initialQpvState, type QpvState } from './qpv.state';

export const qpvDecider: Decider<QpvCommand, QpvEvent, QpvState> = {
  decide: decideQpv,
  evolve: evolveQpv,
  initialState: initialQpvState,
};
