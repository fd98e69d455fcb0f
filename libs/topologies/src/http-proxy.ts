import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** What a request needs upstream: who calls, for which workspace, what it accepts, and the body's framing. */
const REQUEST_HEADERS = ['authorization', 'x-tenant', 'content-type', 'content-length', 'transfer-encoding', 'accept', 'if-none-match'];
/** Hop-by-hop headers (RFC 9110 §7.6.1) stay on their hop. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer']);

/**
 * The gateway's HTTP endpoints beside /graphql (`/documents/…`, `/imports/…`, `/exports/…`, `/open-data/…`,
 * `/audit/…`; docs/api.md): streams each request to the service that serves it, and its answer back as it comes
 * (an import's progress lines, a long export), bytes untouched both ways. The gateway decides nothing: the service
 * verifies the token and the workspace itself, as for GraphQL (ADR 0007).
 */
export function httpProxy(serviceGraphqlUrl: string, service = 'programmation') {
  const upstream = new URL(serviceGraphqlUrl);
  const send = upstream.protocol === 'https:' ? httpsRequest : httpRequest;
  return (request: IncomingMessage & { originalUrl?: string; correlationId?: string }, response: ServerResponse): void => {
    const target = new URL(request.originalUrl ?? request.url ?? '/', upstream.origin);
    const headers: IncomingHttpHeaders = {};
    for (const name of REQUEST_HEADERS) if (request.headers[name] !== undefined) headers[name] = request.headers[name];
    if (request.correlationId) headers['x-correlation-id'] = request.correlationId;
    const forwarded = send(target, { method: request.method, headers }, (answer) => {
      const kept = Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name));
      response.writeHead(answer.statusCode ?? 502, Object.fromEntries(kept) as Record<string, string | string[]>);
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
