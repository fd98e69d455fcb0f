import type { RecordedEvent } from '@cdv/eventsourcing';
import { COMITE_EVENT_TYPES, type ComiteEvent } from './comite/comite.events';
import { dossierCommandsFromComite } from './comite/comite.dossier-commands';
import { CONVENTION_EVENT_TYPES, type ConventionEvent } from './convention/convention.events';
import { dossierCommandsFromConvention } from './convention/convention.dossier-commands';
import type { RegleFinancement } from './regles/regles';
import type { DispatchOptions, DossierCommandToDispatch } from './shared/dispatch';

/**
 * The one entry point for the application's process manager: given any recorded event, the dossier commands it
 * calls for (none for most events). Comité decisions and convention signatures/tranches are the only causes.
 */
export function dossierCommandsFor(event: RecordedEvent, options: DispatchOptions & { regles?: RegleFinancement[] } = {}): DossierCommandToDispatch[] {
  if ((COMITE_EVENT_TYPES as readonly string[]).includes(event.type)) {
    return dossierCommandsFromComite(event as RecordedEvent<ComiteEvent>, options);
  }
  if ((CONVENTION_EVENT_TYPES as readonly string[]).includes(event.type)) {
    return dossierCommandsFromConvention(event as RecordedEvent<ConventionEvent>, options);
  }
  return [];
}
