/**
 * The event envelope of docs/design.md §4. Every event the platform stores carries it, whatever the adapter.
 * Positions and revisions are plain numbers: 2^53 is far beyond what one deployment will ever hold.
 */

export const ROLES = ['admin', 'agent', 'instructeur', 'porteur', 'auditeur', 'lecteur', 'system'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  role: Role;
  /** The partenaire the user acts for (a financeur's instructor, a porteur). */
  organisationId?: string;
}

export const EVENT_SOURCES = ['api', 'import', 'migration', 'system'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** Where a fact comes from when it was read off a source document (seeds, imports). */
export interface Provenance {
  document: string;
  lines?: string;
  note?: string;
}

/** What the writer says about an event; the store adds recordedAt, prevHash and hash. */
export interface EventContext {
  tenantId: string;
  actor: Actor;
  /** Business date when it differs from the recording time (a committee held yesterday). */
  effectiveAt?: string;
  /** Mandatory on corrections and on changes after a decision (the deciders enforce it). */
  reason?: string;
  source: EventSource;
  commandId?: string;
  /**
   * sha256 of the command type and of what the client sent with its commandId (the API input): the same key
   * with another command or other values is refused (IDEMPOTENCY_KEY_REUSED). Absent on events recorded before
   * it existed and on commands of the platform's own processes (imports, seeds, reactions).
   */
  commandFingerprint?: string;
  correlationId?: string;
  causationId?: string;
  provenance?: Provenance;
}

export interface EventMetadata extends EventContext {
  /** Server clock, UTC, ISO 8601, set by the store at append. */
  recordedAt: string;
  /** Hash of the previous event of the same stream; null for revision 0. */
  prevHash: string | null;
  hash: string;
}

/** A domain event as deciders produce it: a type and a JSON payload. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** What a writer hands to `append`. */
export interface NewEvent<E extends DomainEvent = DomainEvent> {
  /** uuid v7; also the idempotency key of the append. Generated when absent. */
  id?: string;
  type: E['type'];
  schemaVersion?: number;
  data: E['data'];
  metadata: EventContext;
}

export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  id: string;
  type: E['type'];
  schemaVersion: number;
  /** `{tenant}:{category}-{id}` */
  stream: string;
  /** 0-based position of the event in its stream. */
  revision: number;
  /** Global position in the log (order of $all), strictly increasing, not necessarily contiguous. */
  position: number;
  data: E['data'];
  metadata: EventMetadata;
}

/** `no_stream`: the stream must not exist; `any`: no check; a number: the revision of the stream's last event. */
export type ExpectedRevision = number | 'no_stream' | 'any';
