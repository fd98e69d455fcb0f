import { uuidFromName, uuidv7 } from '@cdv/eventsourcing';
import { estIdentifiantValide, IDENTIFIANT_MAX } from '@cdv/shared-kernel';
import { ApiError } from './error-codes';

/**
 * Checks an id before it goes into a stream name (`{tenant}:dossier-{id}`): streamName() throws on a malformed id,
 * which would surface as an internal error instead of VALIDATION_FAILED naming the field.
 */
export function idValide(field: string, value: string): string {
  if (!estIdentifiantValide(value)) {
    throw new ApiError('VALIDATION_FAILED', `${field} "${value}" is not an id (letters, digits, dot, dash or underscore; at most ${IDENTIFIANT_MAX})`, {
      field,
    });
  }
  return value;
}

/**
 * The id of an aggregate a command creates: the client's when given; else derived from the commandId, so that a
 * retried create (same commandId, lost answer) lands on the same stream and is answered as a replay; else a uuid v7.
 */
export function nouvelId(field: string, kind: string, tenantId: string, given: string | null | undefined, commandId: string | null | undefined): string {
  if (given !== undefined && given !== null) return idValide(field, given);
  if (commandId) return uuidFromName(`${tenantId}:${kind}:${commandId}`);
  return uuidv7();
}
