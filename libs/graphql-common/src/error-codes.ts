import { GraphQLError } from 'graphql';
import type { Refusal } from '@cdv/eventsourcing';

/** The error codes of the GraphQL contract (docs/design.md §8). Clients switch on `extensions.code`. */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INVALID_TRANSITION',
  'TENANT_MISMATCH',
  'QUERY_TOO_COMPLEX',
  'PAYLOAD_TOO_LARGE',
  'PERSISTED_QUERY_NOT_FOUND',
  'INTERNAL_SERVER_ERROR',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error meant for the client: its message and extensions are shown as they are. */
export class ApiError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
  }
}

/** A domain refusal travels to the client with its code and details unchanged. */
export function refusalToError(refusal: Refusal): ApiError {
  return new ApiError(refusal.code, refusal.message, refusal.details);
}
