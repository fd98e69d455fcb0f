import type { Decider } from '@cdv/eventsourcing';
import type { PartenaireCommand } from './partenaire.commands';
import { decidePartenaire } from './partenaire.decide';
import type { PartenaireEvent } from './partenaire.events';
import { evolvePartenaire, initialPartenaireState, type PartenaireState } from './partenaire.state';

export const partenaireDecider: Decider<PartenaireCommand, PartenaireEvent, PartenaireState> = {
  decide: decidePartenaire,
  evolve: evolvePartenaire,
  initialState: initialPartenaireState,
};
