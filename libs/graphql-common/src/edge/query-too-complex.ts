import { GraphQLError } from 'graphql';

export type QueryLimit = 'tokens' | 'depth' | 'cost' | 'aliases' | 'directives' | 'fragments' | 'spreads' | 'validation';

/** Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED; `queryLimit` lets formatGraphQLError restore our code. */
export function queryTooComplex(message: string, limit: QueryLimit): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', queryLimit: limit } });
}
