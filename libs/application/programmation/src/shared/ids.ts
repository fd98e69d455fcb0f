import { uuidFromName, uuidv7 } from '@cdv/eventsourcing';
import { ApiError } from '@cdv/graphql-common';

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/**
 * Ids become stream names (`{tenant}:dossier-{id}`): refuse what a stream name cannot hold with the field named,
 * instead of letting the store throw.
 */
export function idValide(field: string, value: string): string {
  if (!ID.test(value)) {
    throw new ApiError('VALIDATION_FAILED', `${field} "${value}" is not an id (letters, digits, dot, dash, underscore; 100 characters at most)`, {
      field,
      value,
    });
  }
  return value;
}

/**
 * The id of an aggregate a command creates: the client's when given; else derived from the commandId, so that a
 * retried create (same commandId, lost answer) lands on the same stream and is recognised as a replay; else new.
 */
export function nouvelId(field: string, kind: string, tenantId: string, given: string | null | undefined, commandId: string | null | undefined): string {
  if (given) return idValide(field, given);
  if (commandId) return uuidFromName(`${tenantId}:${kind}:${commandId}`);
  return uuidv7();
}

/** A year the appel streams accept (`appel-{annee}`); the deciders give the finer message. */
export function anneeValide(field: string, annee: number): number {
  if (!Number.isInteger(annee) || annee < 2000 || annee > 2100) {
    throw new ApiError('VALIDATION_FAILED', `${field} must be a year between 2000 and 2100`, { field, value: annee });
  }
  return annee;
}
