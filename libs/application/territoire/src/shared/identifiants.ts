import { uuidFromName, uuidv7 } from '@cdv/eventsourcing';
import { estIdentifiantValide } from '@cdv/domain-territoire';
import { ApiError } from '@cdv/graphql-common';

/**
 * Checks an id before it goes into a stream name: streamName() throws on a malformed id, which would surface
 * as an internal error instead of VALIDATION_FAILED naming the field.
 */
export function idValide(id: string, field: string): string {
  if (!estIdentifiantValide(id)) {
    throw new ApiError('VALIDATION_FAILED', `${field} "${id}" is not an id (letters, digits, dot, dash or underscore; at most 128)`, { field });
  }
  return id;
}

/**
 * Id of something a command creates: the client's when given; else derived from the commandId, so that a
 * create retried with the same commandId lands on the same stream and is answered as a replay; else a uuid v7.
 */
export function nouvelId(tenantId: string, kind: string, input: { commandId?: string | null }, given: string | null | undefined, field: string): string {
  if (given !== undefined && given !== null) return idValide(given, field);
  if (input.commandId) return uuidFromName(`${tenantId}:${kind}:${input.commandId}`);
  return uuidv7();
}
