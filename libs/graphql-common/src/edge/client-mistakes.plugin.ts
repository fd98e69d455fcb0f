import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';

/**
 * Requests that are the client's mistake, answered with a 4xx and a code instead of the internal error Apollo's
 * execution would raise (issue 12, item 9): a document with several operations and no `operationName`, an
 * `operationName` the document does not hold, a `subscription` (not served), and an unknown persisted query
 * (404 with `PERSISTED_QUERY_NOT_FOUND`, the code with which automatic persisted query clients resend the query).
 */
export function clientMistakesPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, document }) {
          if (!operation) {
            const names = operationNames(document);
            if (request.operationName) {
              throw invalid(
                `no operation named "${request.operationName}" in the document (it holds ${names}): send one of them as operationName`,
                'UNKNOWN_OPERATION',
              );
            }
            throw invalid(`the document holds several operations (${names}): name the one to run in operationName`, 'OPERATION_NAME_REQUIRED');
          }
          if (operation.operation === 'subscription') {
            throw invalid('subscriptions are not served by this API: send a query (docs/api.md)', 'SUBSCRIPTION_NOT_SUPPORTED', 'query');
          }
        },
        async willSendResponse({ response }) {
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          if (errors?.some((error) => error.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND')) response.http.status = 404;
        },
      };
    },
  };
}

function invalid(message: string, reason: string, field = 'operationName'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'VALIDATION_FAILED', field, reason, http: { status: 400 } } });
}

function operationNames(document: DocumentNode): string {
  const names = document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION ? [definition.name ? `"${definition.name.value}"` : 'an anonymous operation'] : [],
  );
  return names.length > 5 ? `${names.slice(0, 5).join(', ')} and ${names.length - 5} more` : names.join(', ') || 'no operation';
}
