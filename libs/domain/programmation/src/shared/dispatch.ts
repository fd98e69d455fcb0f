import type { CommandMetadata, RecordedEvent } from '@cdv/eventsourcing';
import type { DossierCommand } from '../dossier/dossier.commands';

/** A dossier command another aggregate's event calls for, and the stream to apply it to. */
export interface DossierCommandToDispatch {
  stream: string;
  command: DossierCommand;
}

export interface DispatchOptions {
  /** The server clock when the application dispatches; the cause's recording time when absent. */
  now?: string;
}

/**
 * Metadata of a command derived from a recorded event: same tenant, actor and source; caused by the event; one
 * correlation for the whole cascade; a commandId derived from the event id so that dispatching twice (a
 * process manager restarted mid-way) appends nothing the second time.
 */
export function derivedMetadata(cause: RecordedEvent, key: string, effectiveAt: string | undefined, options: DispatchOptions): CommandMetadata {
  const { tenantId, actor, source, reason, provenance, correlationId } = cause.metadata;
  return {
    tenantId,
    actor,
    source,
    now: options.now ?? cause.metadata.recordedAt,
    causationId: cause.id,
    correlationId: correlationId ?? cause.id,
    commandId: `${cause.id}:${key}`,
    ...(effectiveAt ? { effectiveAt } : {}),
    ...(reason ? { reason } : {}),
    ...(provenance ? { provenance } : {}),
  };
}
