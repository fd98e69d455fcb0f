import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthenticationError, type TokenVerifier, type UserRole } from '@cdv/auth';
import { uuidv7 } from '@cdv/eventsourcing';
import { ApiError } from '@cdv/graphql-common';
import type { RequestContext } from './request-context';
import { grantingRole, resolveMembership, TenantMismatch } from './resolve-tenant';
import { PERMIT_KEY, PUBLIC_KEY } from './permit.decorator';

export const TOKEN_VERIFIER = Symbol('TOKEN_VERIFIER');

/** The HTTP request as our guard sees it (Express shape, kept minimal). */
export interface ApiRequest {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
  /** The token's verification, done once per request (several root fields, `_entities`). */
  authentication?: Promise<Authentication>;
  authenticated?: Authentication;
}

/** Who calls and for which workspace: the same for every field of the request (the role is decided per field). */
export type Authentication = { ok: true; context: Omit<RequestContext, 'role'> } | { ok: false; error: ApiError };

/**
 * Verifies the request's token and resolves its tenant, once per request: the GraphQL context does it for every
 * request that carries a token (so that federation's `_entities`, which no guard sees, knows the caller), and
 * the guard reuses the result for each root field.
 */
export function authenticateRequest(verifier: TokenVerifier, request: ApiRequest): Promise<Authentication> {
  request.authentication ??= verify(verifier, request).then((result) => (request.authenticated = result));
  return request.authentication;
}

async function verify(verifier: TokenVerifier, request: ApiRequest): Promise<Authentication> {
  const header = single(request.headers['authorization']);
  if (!header) return { ok: false, error: new ApiError('UNAUTHENTICATED', 'missing bearer token: send "Authorization: Bearer <token>"') };
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { ok: false, error: new ApiError('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"') };
  try {
    const identity = await verifier.verify(match[1]);
    const membership = resolveMembership(identity, single(request.headers['x-tenant']));
    return {
      ok: true,
      context: {
        identity,
        membership,
        tenantId: membership.tenant,
        correlationId: request.correlationId ?? single(request.headers['x-correlation-id']) ?? uuidv7(),
      },
    };
  } catch (error) {
    if (error instanceof AuthenticationError) return { ok: false, error: new ApiError('UNAUTHENTICATED', error.message) };
    if (error instanceof TenantMismatch) return { ok: false, error: new ApiError('TENANT_MISMATCH', error.message) };
    throw error;
  }
}

/**
 * The RequestContext of one root field: the request's caller and workspace, under the widest of the member's
 * roles that this field permits. A pure function of the verified token and the field's @Permit, computed by the
 * guard (to refuse) and again by @Ctx (to hand it to the resolver): nothing is left on the request for another
 * field to overwrite (issue 12, item 3).
 */
export function fieldContext(caller: Omit<RequestContext, 'role'>, permitted: readonly UserRole[] | undefined, field: string): RequestContext {
  if (!permitted) throw new ApiError('FORBIDDEN', `${field} is not open to any role`);
  const role = grantingRole(caller.membership, permitted);
  if (!role) throw new ApiError('FORBIDDEN', `${field} is not allowed for role ${caller.membership.roles.join(', ')}`, { permitted });
  return { ...caller, role };
}

/** Global guard for GraphQL root fields: verifies the token, resolves the tenant, checks the field's roles. */
@Injectable()
export class GraphqlAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<string>() !== 'graphql') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const gql = GqlExecutionContext.create(context);
    const request = gql.getContext<{ req: ApiRequest }>().req;
    const field = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
    const permitted = this.reflector.getAllAndOverride<UserRole[] | undefined>(PERMIT_KEY, targets);

    const authentication = await authenticateRequest(this.verifier, request);
    if (!authentication.ok) throw authentication.error;
    fieldContext(authentication.context, permitted, `${field.parentType.name}.${field.fieldName}`);
    return true;
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
