import type { IncomingMessage, ServerResponse } from 'node:http';
import { httpError } from '@cdv/tenancy';
import type { JsonLogger } from '../logger';

/** Every answer of an HTTP endpoint beside /graphql carries these: the browser takes the bytes as declared, nobody caches. */
export const ENTETES_SURS = {
  'x-content-type-options': 'nosniff',
  'cache-control': 'private, no-store',
} as const;

export function envoyerJson(response: ServerResponse, status: number, body: unknown): void {
  if (response.headersSent || response.destroyed) return;
  const text = JSON.stringify(body);
  response.writeHead(status, { ...ENTETES_SURS, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Answers an error in the GraphQL error shape (docs/api.md « Errors ») with its status; a server failure is logged, not shown. */
export function envoyerErreur(response: ServerResponse, error: unknown, logger: JsonLogger, request: IncomingMessage & { correlationId?: string }): void {
  const { status, body, internal } = httpError(error);
  if (internal) logger.event('error', 'HTTP endpoint failed', { error: (error as Error)?.message, correlationId: request.correlationId, url: request.url });
  envoyerJson(response, status, body);
}

/**
 * Reads and drops what is left of a request body before answering, so that the client, still sending, reads the
 * answer instead of a reset connection; past `limit` bytes the connection is cut instead.
 */
export function viderLaRequete(request: IncomingMessage, limit: number): Promise<void> {
  if (request.readableEnded || request.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let read = 0;
    const done = () => {
      request.off('data', count);
      resolve();
    };
    const count = (chunk: Buffer) => {
      read += chunk.length;
      if (read > limit) {
        request.destroy();
        done();
      }
    };
    request.on('data', count);
    request.once('end', done);
    request.once('close', done);
    request.resume();
  });
}
