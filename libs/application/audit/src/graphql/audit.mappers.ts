import { ApiError } from '@cdv/graphql-common';
import type { AuditedEvent, HistoryEntry } from '@cdv/projections-audit';
import { AuditQueryError } from '../services/audit-errors';
import type { EntreeHistorique, EvenementAudite } from './audit.types';
import { enEuros } from './montants-en-euros';

export function toEvenement(event: AuditedEvent): EvenementAudite {
  return {
    eventId: event.eventId,
    type: event.type,
    libelle: event.label,
    streamId: event.streamId,
    revision: event.revision,
    position: event.position,
    acteur: { userId: event.actor.userId, role: event.actor.role, organisationId: event.actor.organisationId ?? null },
    enregistreLe: event.recordedAt,
    effectifLe: event.effectiveAt,
    reason: event.reason,
    motif: event.reason,
    source: event.source,
    commandId: event.commandId,
    correlationId: event.correlationId,
    causationId: event.causationId,
    prevHash: event.prevHash,
    hash: event.hash,
    donnees: event.data,
  };
}

export function toEntree(entry: HistoryEntry): EntreeHistorique {
  return {
    ...toEvenement(entry),
    changements: entry.changes.map((change) => ({
      chemin: change.path,
      nature: change.kind,
      avant: enEuros(entry.category, change.path, change.before ?? null),
      apres: enEuros(entry.category, change.path, change.after ?? null),
    })),
    baseDuDiff: entry.diffBasis,
  };
}

/** Runs an audit service call, turning its input errors into the API's errors. */
export async function auditCall<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof AuditQueryError) throw new ApiError(error.code, error.message, error.details);
    throw error;
  }
}
