import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { UserRole } from '@cdv/auth';
import { ApiError } from '@cdv/graphql-common';
import { fieldContext, type ApiRequest } from './graphql-auth.guard';
import { PERMIT_KEY } from './permit.decorator';
import type { RequestContext } from './request-context';
import { grantingRole, ROLE_PRECEDENCE } from './resolve-tenant';

/**
 * Injects the RequestContext of the field being resolved: the verified caller, its tenant and the role this
 * field permits (the guard has refused the field otherwise), derived again here from the field's own @Permit so
 * that no state is shared between the root fields of a request. Federation's entity resolution (`_entities`)
 * passes no guard: it gets the request's verified caller, as a reader of its tenant.
 */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const gql = GqlExecutionContext.create(context);
  const request = gql.getContext<{ req: ApiRequest }>().req;
  const authenticated = request.authenticated;
  if (authenticated && !authenticated.ok) throw authenticated.error;
  if (!authenticated) throw new ApiError('UNAUTHENTICATED', 'this operation needs a verified token');
  const permitted = (Reflect.getMetadata(PERMIT_KEY, context.getHandler()) ?? Reflect.getMetadata(PERMIT_KEY, context.getClass())) as UserRole[] | undefined;
  if (!permitted) {
    const caller = authenticated.context;
    return { ...caller, role: grantingRole(caller.membership, ROLE_PRECEDENCE) ?? caller.membership.roles[0] };
  }
  const field = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
  return fieldContext(authenticated.context, permitted, `${field.parentType.name}.${field.fieldName}`);
});
