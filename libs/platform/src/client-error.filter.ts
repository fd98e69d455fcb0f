import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Errors meant for the client (refusals, bad tokens, validation: all GraphQLErrors with a code) go back as they
 * are, without Nest logging them as server failures with a stack trace. Anything else still reaches Nest's
 * handler, is logged, and is masked by formatGraphQLError.
 */
@Catch(GraphQLError)
export class ClientErrorFilter implements GqlExceptionFilter {
  catch(exception: GraphQLError): GraphQLError {
    return exception;
  }
}
