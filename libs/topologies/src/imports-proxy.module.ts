import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Inject, Module, RequestMethod, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { PLATFORM_CONFIG, type PlatformConfig } from '@cdv/platform';

/** What an import needs upstream: who calls, for which workspace, what it accepts (progress lines), and the body's framing. */
const REQUEST_HEADERS = ['authorization', 'x-tenant', 'content-type', 'content-length', 'transfer-encoding', 'accept'];
/** Hop-by-hop headers (RFC 9110 §7.6.1) stay on their hop. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

/**
 * Streams a request to the service whose GraphQL endpoint is `graphqlUrl` (same path and query), and its answer
 * back as it comes (an import's progress lines arrive while it runs), bytes untouched both ways. The gateway decides
 * nothing: the service verifies the token and the workspace itself, as for GraphQL (ADR 0007).
 */
export function serviceProxy(service: string, graphqlUrl: string) {
  const upstream = new URL(graphqlUrl);
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  return (request: IncomingMessage & { originalUrl?: string; correlationId?: string }, response: ServerResponse): void => {
    const target = new URL(request.originalUrl ?? request.url ?? '/', upstream.origin);
    const headers: IncomingHttpHeaders = {};
    for (const name of REQUEST_HEADERS) if (request.headers[name] !== undefined) headers[name] = request.headers[name];
    if (request.correlationId) headers['x-correlation-id'] = request.correlationId;
    const forwarded = send(target, { method: request.method, headers }, (answer) => {
      const kept = Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name));
      response.writeHead(answer.statusCode ?? 502, Object.fromEntries(kept) as Record<string, string | string[]>);
      // progress lines go out as they arrive
      response.flushHeaders();
      answer.pipe(response);
    });
    forwarded.on('error', (error) => {
      if (response.headersSent) return void response.destroy(error);
      const body = JSON.stringify({ errors: [{ message: `the ${service} service did not answer`, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      response.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      response.end(body);
    });
    // A client that goes away cancels the upstream request too.
    response.on('close', () => forwarded.destroy());
    request.pipe(forwarded);
  };
}

/**
 * The gateway's import endpoints (docs/api.md « Imports »): `POST /imports/programmation` goes to the programmation
 * service, `POST /imports/qpv` to the territoire service, which hold them.
 */
@Module({})
export class ImportsProxyModule implements NestModule {
  constructor(@Inject(PLATFORM_CONFIG) private readonly config: PlatformConfig) {}

  static forRoot(config: PlatformConfig): DynamicModule {
    return { module: ImportsProxyModule, providers: [{ provide: PLATFORM_CONFIG, useValue: config }] };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(serviceProxy('programmation', this.config.subgraphs.programmation))
      .forRoutes({ path: 'imports/programmation', method: RequestMethod.POST })
      .apply(serviceProxy('territoire', this.config.subgraphs.territoire))
      .forRoutes({ path: 'imports/qpv', method: RequestMethod.POST });
  }
}
