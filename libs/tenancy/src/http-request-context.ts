import type { TokenVerifier, UserRole } from '@cdv/auth';
import { ApiError } from '@cdv/graphql-common';
import { GraphQLError } from 'graphql';
import { authenticateRequest, type ApiRequest } from './graphql-auth.guard';
import type { RequestContext } from './request-context';
import { grantingRole } from './resolve-tenant';

/**
 * The caller of an HTTP endpoint beside /graphql (documents, exports): the same verification of the token and of
 * the X-Tenant header as GraphQL (`authenticateRequest`), then the endpoint's roles, as @Permit does for a field.
 * Throws the ApiError to answer (UNAUTHENTICATED, TENANT_MISMATCH, FORBIDDEN).
 */
export async function httpRequestContext(
  verifier: TokenVerifier,
  request: ApiRequest,
  permitted: readonly UserRole[],
  operation: string,
): Promise<RequestContext> {
  const authentication = await authenticateRequest(verifier, request);
  if (!authentication.ok) throw authentication.error;
  const role = grantingRole(authentication.context.membership, permitted);
  if (!role) {
    throw new ApiError('FORBIDDEN', `${operation} is not allowed for role ${authentication.context.membership.roles.join(', ')}`, {
      permitted: [...permitted],
    });
  }
  return { ...authentication.context, role };
}

const STATUS: Record<string, number> = {
  VALIDATION_FAILED: 400,
  INVALID_FILENAME: 400,
  EMPTY_FILE: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  TENANT_MISMATCH: 403,
  LINK_INVALID: 403,
  LINK_EXPIRED: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_TRANSITION: 409,
  PAYLOAD_TOO_LARGE: 413,
  FILE_TOO_LARGE: 413,
  DOSSIER_QUOTA_EXCEEDED: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
};

/**
 * What an HTTP endpoint answers for an error: the GraphQL error shape (`{ errors: [{ message, extensions: { code
 * … } }] }`) so that clients read one format, with the status of its code. Anything that is not an error meant
 * for the client is a 500 whose message says nothing of the server (the caller logs it).
 */
export function httpError(error: unknown): {
  status: number;
  body: { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
  internal: boolean;
} {
  if (error instanceof GraphQLError && typeof error.extensions?.code === 'string' && error.extensions.code !== 'INTERNAL_SERVER_ERROR') {
    return {
      status: STATUS[error.extensions.code] ?? 400,
      body: { errors: [{ message: error.message, extensions: { ...error.extensions } }] },
      internal: false,
    };
  }
  return { status: 500, body: { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, internal: true };
}
