import type { ApolloServerPlugin } from '@apollo/server';
import { IntrospectAndCompose, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Inject, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { createTokenVerifier, AuthenticationError, type TokenVerifier } from '@cdv/auth';
import { formatGraphQLError, graphqlEdgeOptions } from '@cdv/graphql-common';
import {
  authOf,
  JsonLogger,
  ObservabilityModule,
  PLATFORM_CONFIG,
  READ_AFTER_HEADER,
  readAfterPosition,
  WebModule,
  WRITE_POSITION_HEADER,
  type PlatformConfig,
} from '@cdv/platform';
import { resolveMembership, TenantMismatch } from '@cdv/tenancy';
import { httpProxy } from './http-proxy';
import { subgraphFetch } from './subgraph-fetch';
import { WritePositions } from './write-positions';
import { TENANTS_SEED } from '@cdv/demo-territoire';
import { ExportsProxyController } from './exports-proxy.controller';

interface GatewayRequest {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
  /** Set once the token was verified and names the requested workspace. */
  verified?: boolean;
  tenant?: string;
  /** The position the client asked to read after (X-Read-After), if any. */
  readAfter?: number | null;
}
interface GatewayContext {
  req?: GatewayRequest;
}

/** Headers a subgraph needs to verify the caller itself: the original token, never a bare tenant claim. */
const FORWARDED = ['authorization', 'x-tenant', 'x-correlation-id'];

class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly writes: WritePositions,
  ) {
    super({ url, fetcher: subgraphFetch as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = context.req?.headers ?? {};
    for (const name of FORWARDED) {
      const value = headers[name];
      if (typeof value === 'string') request.http?.headers.set(name, value);
    }
    if (context.req?.correlationId) request.http?.headers.set('x-correlation-id', context.req.correlationId);
    // Read after the workspace's last write through this gateway, or after the one the client names.
    const tenant = context.req?.tenant;
    const readAfter = Math.max(context.req?.readAfter ?? 0, tenant ? this.writes.get(tenant) : 0);
    if (readAfter > 0) request.http?.headers.set(READ_AFTER_HEADER, String(readAfter));
  }

  override didReceiveResponse({ response, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const written = Number(response.http?.headers.get(WRITE_POSITION_HEADER) ?? 0);
    const tenant = context.req?.tenant;
    if (tenant && Number.isSafeInteger(written) && written > 0) this.writes.record(tenant, written);
    return response;
  }
}

/**
 * The distributed topology's front door: composes the subgraphs (Apollo Federation 2) and refuses early a bad
 * token or a tenant outside the token. Subgraphs check everything again (they never trust the gateway).
 * The gateway starts only once every subgraph answered and the supergraph composed, so "up" means "ready".
 */
@Module({})
export class GatewayModule implements NestModule {
  constructor(@Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  /**
   * The HTTP endpoints beside /graphql, one route table: each streams to the service that serves it through the
   * same byte-for-byte proxy (http-proxy.ts; each service checks the token). The journal's export and the evidence
   * bundles are the audit service's, the national QPV list's import the territoire service's, the rest (documents,
   * the spreadsheet import, every other export, the open-data files) the programmation service's. `GET /exports`,
   * the merged catalogue, is ExportsProxyController's.
   */
  configure(consumer: MiddlewareConsumer): void {
    const programmation = httpProxy(this.config.subgraphs.programmation);
    const audit = httpProxy(this.config.subgraphs.audit, 'audit');
    const exportVersSonService: typeof programmation = (request, response) =>
      (/^\/exports\/journal(\.|\?|$)/.test(request.originalUrl ?? request.url ?? '') ? audit : programmation)(request, response);
    consumer
      .apply(programmation)
      .forRoutes(
        { path: 'documents/*path', method: RequestMethod.ALL },
        { path: 'imports/programmation', method: RequestMethod.POST },
        { path: 'open-data/*path', method: RequestMethod.GET },
      )
      .apply(exportVersSonService)
      .forRoutes({ path: 'exports/*path', method: RequestMethod.GET })
      .apply(httpProxy(this.config.subgraphs.territoire, 'territoire'))
      .forRoutes({ path: 'imports/qpv', method: RequestMethod.POST })
      .apply(audit)
      .forRoutes({ path: 'audit/*path', method: RequestMethod.GET });
  }

  static forRoot(config: PlatformConfig, logger: JsonLogger): DynamicModule {
    const verifier = createTokenVerifier(authOf(config));
    const edge = graphqlEdgeOptions<GatewayContext>(config.graphql, ({ req }) => req?.verified === true);
    const writes = new WritePositions();
    return {
      module: GatewayModule,
      imports: [
        ObservabilityModule,
        // the gateway cannot tell which workspaces exist: its local sign-in proposes the demo's (the subgraphs' DEMO)
        WebModule.forRoot(config, TENANTS_SEED),
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            introspection: edge.introspection,
            hideSchemaDetailsFromClientErrors: edge.hideSchemaDetailsFromClientErrors,
            parseOptions: edge.parseOptions,
            plugins: [...edge.plugins, writePositionPlugin(writes)],
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            context: async ({ req }: { req: GatewayRequest }) => {
              await checkCaller(verifier, req);
              req.readAfter = readAfterPosition(req.headers);
              return { req };
            },
            validationRules: edge.validationRules,
            formatError: (formatted, error) =>
              formatGraphQLError(formatted, (shown) =>
                logger.event('error', 'gateway internal error', { error: shown.message, cause: causeOf(error), path: shown.path }),
              ),
          },
          gateway: {
            supergraphSdl: new IntrospectAndCompose({
              subgraphs: [
                { name: 'territoire', url: config.subgraphs.territoire },
                { name: 'programmation', url: config.subgraphs.programmation },
                { name: 'audit', url: config.subgraphs.audit },
              ],
            }),
            buildService: ({ url }) => new ForwardingDataSource(url as string, writes),
          },
        }),
      ],
      // /exports and /open-data beside /graphql, forwarded to the services that hold the data
      controllers: [ExportsProxyController],
      providers: [
        { provide: PLATFORM_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
      ],
    };
  }
}

/** The client can read after its writes elsewhere too (another gateway replica): the position is in the answer. */
function writePositionPlugin(writes: WritePositions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue, response }) {
          const tenant = contextValue.req?.tenant;
          if (operation?.operation === 'mutation' && tenant && writes.get(tenant) > 0)
            response.http.headers.set(WRITE_POSITION_HEADER, String(writes.get(tenant)));
        },
      };
    },
  };
}

/** A token, when sent, must be valid and name the requested tenant; anonymous calls reach only public fields. */
async function checkCaller(verifier: TokenVerifier, request: GatewayRequest): Promise<void> {
  const header = request.headers['authorization'];
  if (typeof header !== 'string' || header === '') return;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  const fail = (code: string, message: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });
  if (!match) throw fail('UNAUTHENTICATED', 'the Authorization header must be "Bearer <token>"', 401);
  try {
    const identity = await verifier.verify(match[1]);
    const tenant = request.headers['x-tenant'];
    request.tenant = resolveMembership(identity, typeof tenant === 'string' ? tenant : undefined).tenant;
    request.verified = true;
  } catch (error) {
    if (error instanceof AuthenticationError) throw fail('UNAUTHENTICATED', error.message, 401);
    if (error instanceof TenantMismatch) throw fail('TENANT_MISMATCH', error.message, 403);
    throw error;
  }
}

/** What lies under a gateway error (a subgraph fetch's `cause`: ECONNRESET…), for the operator's log. */
function causeOf(error: unknown): string {
  const causes: string[] = [];
  let current = error as { originalError?: unknown; cause?: unknown; code?: unknown; message?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    const next = (current.originalError ?? current.cause) as typeof current;
    if (next && typeof next === 'object') causes.push([next.code, next.message].filter(Boolean).join(' '));
    current = next;
  }
  return causes.filter(Boolean).join(' ← ');
}
