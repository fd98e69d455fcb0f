import { Inject, Injectable } from '@nestjs/common';
import { AuthenticationError, type TokenVerifier, type UserRole } from '@cdv/auth';
import { uuidv7 } from '@cdv/eventsourcing';
import { ApiError } from '@cdv/graphql-common';
import { grantingRole, resolveMembership, TenantMismatch, TOKEN_VERIFIER, type ApiRequest, type RequestContext } from '@cdv/tenancy';

/**
 * Federation resolves our entities through `_entities`, a root field that @apollo/subgraph builds and that the
 * global guard never sees. Reference resolvers therefore authenticate themselves, with the guard's rules: a
 * verified token, the tenant among its memberships, a role the entity's readers include.
 */
@Injectable()
export class AccesEntites {
  constructor(@Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier) {}

  async contexte(graphqlContext: { req?: ApiRequest }, roles: readonly UserRole[], entity: string): Promise<RequestContext> {
    const request = graphqlContext.req;
    const header = single(request?.headers['authorization']);
    const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!request || !match) throw new ApiError('UNAUTHENTICATED', 'this operation needs a verified token');
    try {
      const identity = await this.verifier.verify(match[1]);
      const membership = resolveMembership(identity, single(request.headers['x-tenant']));
      const role = grantingRole(membership, roles);
      if (!role) throw new ApiError('FORBIDDEN', `${entity} is not readable with role ${membership.roles.join(', ')}`);
      return { identity, membership, role, tenantId: membership.tenant, correlationId: request.correlationId ?? uuidv7() };
    } catch (error) {
      if (error instanceof AuthenticationError) throw new ApiError('UNAUTHENTICATED', error.message);
      if (error instanceof TenantMismatch) throw new ApiError('TENANT_MISMATCH', error.message);
      throw error;
    }
  }
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
