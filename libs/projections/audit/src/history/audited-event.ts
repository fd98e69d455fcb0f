import { parseStreamName, type Actor, type EventSource, type RecordedEvent } from '@cdv/eventsourcing';
import { eventLabel, EVENT_LABELS, type EventLabels } from '../labels/event-labels';

/** One event as the audit screens show it: who, when (recorded and effective), why, from where, and what. */
export interface AuditedEvent {
  eventId: string;
  type: string;
  label: string;
  schemaVersion: number;
  stream: string;
  /** The stream name without its tenant (`dossier-42`), as the GraphQL `streamId`. */
  streamId: string;
  category: string;
  revision: number;
  position: number;
  actor: Actor;
  /** Server clock at append (UTC). */
  recordedAt: string;
  /** Business date when it differs from recordedAt (a committee held yesterday); null otherwise. */
  effectiveAt: string | null;
  reason: string | null;
  source: EventSource;
  commandId: string | null;
  correlationId: string | null;
  causationId: string | null;
  prevHash: string | null;
  hash: string;
  data: unknown;
}

export function describeEvent(event: RecordedEvent, labels: EventLabels = EVENT_LABELS): AuditedEvent {
  const { metadata } = event;
  const name = parseStreamName(event.stream);
  return {
    eventId: event.id,
    type: event.type,
    label: eventLabel(event.type, labels),
    schemaVersion: event.schemaVersion,
    stream: event.stream,
    streamId: event.stream.slice(event.stream.indexOf(':') + 1),
    category: name.category,
    revision: event.revision,
    position: event.position,
    actor: { ...metadata.actor },
    recordedAt: metadata.recordedAt,
    effectiveAt: metadata.effectiveAt ?? null,
    reason: metadata.reason ?? null,
    source: metadata.source,
    commandId: metadata.commandId ?? null,
    correlationId: metadata.correlationId ?? null,
    causationId: metadata.causationId ?? null,
    prevHash: metadata.prevHash,
    hash: metadata.hash,
    data: event.data,
  };
}
