import { IntrospectAndCompose, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ApolloGatewayDriver, type ApolloGatewayDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import { createTokenVerifier, AuthenticationError, type TokenVerifier } from '@cdv/auth';
import { formatGraphQLError, queryLimitRules } from '@cdv/graphql-common';
import { JsonLogger, ObservabilityModule, PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';
import { resolveMembership, TenantMismatch } from '@cdv/tenancy';
import { ExportsProxyController } from './exports-proxy.controller';

interface GatewayRequest {
  headers: Record<string, string | string[] | undefined>;
  correlationId?: string;
}
interface GatewayContext {
  req?: GatewayRequest;
}

/** Headers a subgraph needs to verify the caller itself: the original token, never a bare tenant claim. */
const FORWARDED = ['authorization', 'x-tenant', 'x-correlation-id'];

class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = context.req?.headers ?? {};
    for (const name of FORWARDED) {
      const value = headers[name];
      if (typeof value === 'string') request.http?.headers.set(name, value);
    }
    if (context.req?.correlationId) request.http?.headers.set('x-correlation-id', context.req.correlationId);
  }
}

/**
 * The distributed topology's front door: composes the subgraphs (Apollo Federation 2) and refuses early a bad
 * token or a tenant outside the token. Subgraphs check everything again (they never trust the gateway).
 * The gateway starts only once every subgraph answered and the supergraph composed, so "up" means "ready".
 */
@Module({})
export class GatewayModule {
  static forRoot(config: PlatformConfig, logger: JsonLogger): DynamicModule {
    const verifier = createTokenVerifier(config.auth);
    return {
      module: GatewayModule,
      imports: [
        ObservabilityModule,
        GraphQLModule.forRoot<ApolloGatewayDriverConfig>({
          driver: ApolloGatewayDriver,
          server: {
            path: '/graphql',
            introspection: config.graphql.introspection,
            csrfPrevention: true,
            includeStacktraceInErrorResponses: false,
            context: async ({ req }: { req: GatewayRequest }) => {
              await checkCaller(verifier, req);
              return { req };
            },
            validationRules: queryLimitRules({ maxDepth: config.graphql.maxDepth, maxCost: config.graphql.maxCost }),
            formatError: (formatted) =>
              formatGraphQLError(formatted, (error) => logger.event('error', 'gateway internal error', { error: error.message, path: error.path })),
          },
          gateway: {
            supergraphSdl: new IntrospectAndCompose({
              subgraphs: [
                { name: 'territoire', url: config.subgraphs.territoire },
                { name: 'programmation', url: config.subgraphs.programmation },
                { name: 'audit', url: config.subgraphs.audit },
              ],
            }),
            buildService: ({ url }) => new ForwardingDataSource({ url }),
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
    resolveMembership(identity, typeof tenant === 'string' ? tenant : undefined);
  } catch (error) {
    if (error instanceof AuthenticationError) throw fail('UNAUTHENTICATED', error.message, 401);
    if (error instanceof TenantMismatch) throw fail('TENANT_MISMATCH', error.message, 403);
    throw error;
  }
}
