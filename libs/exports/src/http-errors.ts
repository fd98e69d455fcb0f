import { GraphQLError } from 'graphql';

/** HTTP status of each error code of the contract (docs/api.md), for the endpoints beside /graphql. */
export const STATUT_HTTP: Record<string, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TENANT_MISMATCH: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  QUERY_TOO_COMPLEX: 400,
};

/**
 * An error as the HTTP endpoints answer it: the GraphQL error shape (`{ errors: [{ message, extensions: { code
 * … } }] }`) with the matching status, so a client handles both the same way. Anything that is not a client error
 * is masked (the logs have it under the correlation id).
 */
export function reponseErreur(error: unknown): { status: number; body: { errors: Array<{ message: string; extensions: Record<string, unknown> }> } } {
  if (error instanceof GraphQLError && typeof error.extensions.code === 'string' && error.extensions.code in STATUT_HTTP) {
    return { status: STATUT_HTTP[error.extensions.code], body: { errors: [{ message: error.message, extensions: { ...error.extensions } }] } };
  }
  return { status: 500, body: { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] } };
}
