import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloFederationDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import type { DynamicModule, Type } from '@nestjs/common';
import { GraphQLModule, type BuildSchemaOptions } from '@nestjs/graphql';
import { CodeQpvScalar, DateScalar, DateTimeScalar, formatGraphQLError, graphqlEdgeOptions, JsonScalar, MontantScalar, SiretScalar } from '@cdv/graphql-common';
import type { PlatformConfig } from './config';
import { JsonLogger } from './logger';
import { graphqlDuration } from './metrics';
import type { TokenVerifier } from '@cdv/auth';
import { authenticateRequest, TOKEN_VERIFIER, type ApiRequest } from '@cdv/tenancy';
import { PlatformModule } from './platform.module';
import { readAfterPosition, ReadYourWrites, WRITE_POSITION_HEADER } from './read-side';

/**
 * The GraphQL server of every API app. Always a federation subgraph (Apollo Federation 2): the standalone app
 * is one subgraph holding every context, the distributed services are one each, and the gateway composes
 * them. The schema is code-first and built in memory at start.
 * Types of a context declare `registerIn: () => ItsModule`; shared types (payloads, page info) declare none.
 */
export function graphqlModule(config: PlatformConfig, logger: JsonLogger, contexts: Type<unknown>[]): DynamicModule {
  return GraphQLModule.forRootAsync<ApolloDriverConfig>({
    driver: ApolloFederationDriver,
    inject: [TOKEN_VERIFIER, ReadYourWrites],
    useFactory: (verifier: TokenVerifier, readYourWrites: ReadYourWrites) => graphqlOptions(config, logger, contexts, verifier, readYourWrites),
  });
}

function graphqlOptions(
  config: PlatformConfig,
  logger: JsonLogger,
  contexts: Type<unknown>[],
  verifier: TokenVerifier,
  readYourWrites: ReadYourWrites,
): ApolloDriverConfig {
  const edge = graphqlEdgeOptions<{ req: ApiRequest }>(config.graphql, ({ req }) => req.authenticated?.ok === true);
  return {
    // Only these modules' resolvers and types (`registerIn`) make the schema: a subgraph shows its context only,
    // even though every context's classes are loaded in the process.
    include: [PlatformModule, ...contexts],
    // The federation driver does not forward `include` to type filtering (only the plain driver does): pass it
    // the way the schema factory reads it.
    buildSchemaOptions: { includeModules: [PlatformModule, ...contexts] } as BuildSchemaOptions,
    autoSchemaFile: { federation: 2 },
    sortSchema: true,
    // The federation driver rebuilds the schema from its SDL and loses the coercion of our scalars: they must be
    // given as resolvers, or inputs arrive unparsed ("1712989.00" instead of cents) and outputs unformatted.
    resolvers: { Montant: MontantScalar, Date: DateScalar, DateTime: DateTimeScalar, CodeQpv: CodeQpvScalar, Siret: SiretScalar, JSON: JsonScalar },
    // …and a subgraph whose context uses none of them must not fail on the unused ones.
    resolverValidationOptions: { requireResolversToMatchSchema: 'ignore' },
    path: '/graphql',
    playground: false,
    introspection: edge.introspection,
    hideSchemaDetailsFromClientErrors: edge.hideSchemaDetailsFromClientErrors,
    parseOptions: edge.parseOptions,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // The token is verified once per request, here; the guard then checks each root field's roles. A caller
    // that names its last write (X-Read-After) reads once this process's read models include it.
    context: async ({ req }: { req: ApiRequest }) => {
      if (req.headers['authorization']) await authenticateRequest(verifier, req);
      const readAfter = readAfterPosition(req.headers);
      if (readAfter !== null && req.authenticated?.ok) await readYourWrites.waitFor(readAfter);
      return { req };
    },
    validationRules: edge.validationRules,
    formatError: (formatted) =>
      formatGraphQLError(formatted, (error) => logger.event('error', 'graphql internal error', { error: error.message, path: error.path })),
    // No Apollo Studio here: federated traces (ftv1) are off; latency goes to Prometheus instead.
    plugins: [...edge.plugins, writePositionPlugin(readYourWrites), observabilityPlugin(logger), ApolloServerPluginInlineTraceDisabled()],
  };
}

/** Tells the caller of a mutation where its workspace's log stands, to send back as X-Read-After (the gateway does). */
function writePositionPlugin(readYourWrites: ReadYourWrites): ApolloServerPlugin<{ req: ApiRequest }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          const authenticated = contextValue.req.authenticated;
          if (operation?.operation !== 'mutation' || !authenticated?.ok) return;
          response.http.headers.set(WRITE_POSITION_HEADER, String(await readYourWrites.writePosition(authenticated.context.tenantId)));
        },
      };
    },
  };
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
