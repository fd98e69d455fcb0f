import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ApiError } from '@cdv/graphql-common';
import type { ApiRequest } from './graphql-auth.guard';
import type { RequestContext } from './request-context';

/**
 * Injects the RequestContext the guard built; a resolver can only run for a verified tenant. Federation's entity
 * resolution (`_entities`) passes no guard: it gets the request's verified caller, as a reader of its tenant.
 */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = GqlExecutionContext.create(context).getContext<{ req: ApiRequest }>().req;
  if (request.cdv) return request.cdv;
  const authenticated = request.authenticated;
  if (authenticated && !authenticated.ok) throw authenticated.error;
  if (!authenticated) throw new ApiError('UNAUTHENTICATED', 'this operation needs a verified token');
  return { ...authenticated.context, role: authenticated.context.membership.roles[0] };
});
