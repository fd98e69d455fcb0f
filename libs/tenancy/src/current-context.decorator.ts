import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { ApiError } from '@cdv/graphql-common';
import type { ApiRequest } from './graphql-auth.guard';
import type { RequestContext } from './request-context';

/** Injects the RequestContext the guard built; a resolver can only run for a verified tenant. */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): RequestContext => {
  const request = GqlExecutionContext.create(context).getContext<{ req: ApiRequest }>().req;
  if (!request.cdv) throw new ApiError('UNAUTHENTICATED', 'this operation needs a verified token');
  return request.cdv;
});
