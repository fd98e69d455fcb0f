import type { Decider } from '@cdv/eventsourcing';
import type { DossierCommand } from './dossier.commands';
import { decideDossier } from './dossier.decide';
import type { DossierEvent } from './dossier.events';
import { evolveDossier, initialDossierState, type DossierState } from './dossier.state';

export const dossierDecider: Decider<DossierCommand, DossierEvent, DossierState> = {
  decide: decideDossier,
  evolve: evolveDossier,
  initialState: initialDossierState,
};
