import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloFederationDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { formatGraphQLError, queryLimitRules } from '@cdv/graphql-common';
import type { PlatformConfig } from './config';
import { JsonLogger } from './logger';
import { graphqlDuration } from './metrics';

/**
 * The GraphQL server of every API app. Always a federation subgraph (Apollo Federation 2): the standalone app
 * is one subgraph holding every context, the distributed services are one each, and the gateway composes
 * them. The schema is code-first and built in memory at start.
 */
export function graphqlModule(config: PlatformConfig, logger: JsonLogger): DynamicModule {
  return GraphQLModule.forRoot<ApolloDriverConfig>({
    driver: ApolloFederationDriver,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    path: '/graphql',
    playground: false,
    introspection: config.graphql.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    context: ({ req }: { req: unknown }) => ({ req }),
    validationRules: queryLimitRules({ maxDepth: config.graphql.maxDepth, maxCost: config.graphql.maxCost }),
    formatError: (formatted) =>
      formatGraphQLError(formatted, (error) => logger.event('error', 'graphql internal error', { error: error.message, path: error.path })),
    plugins: [observabilityPlugin(logger)],
  });
}

/** Latency histogram per operation type and outcome, and one structured log line per request. */
function observabilityPlugin(logger: JsonLogger): ApolloServerPlugin<{ req?: { correlationId?: string } }> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ operation, operationName, errors, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          const kind = operation?.operation ?? 'invalid';
          const bodyErrors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const outcome = (errors?.length ?? 0) + bodyErrors.length > 0 ? 'error' : 'ok';
          graphqlDuration.labels(kind, outcome).observe(seconds);
          logger.event('debug', 'graphql request', {
            operation: kind,
            operationName: operationName ?? null,
            outcome,
            ms: Math.round(seconds * 1000),
            correlationId: contextValue.req?.correlationId,
          });
        },
      };
    },
  };
}
