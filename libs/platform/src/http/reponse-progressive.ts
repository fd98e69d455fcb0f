import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { JsonLogger } from '../logger';
import { ENTETES_SURS, envoyerErreur, envoyerJson } from './reponses-http';

/** The media type of an answer that streams one JSON object per line (progress, then the result). */
export const NDJSON = 'application/x-ndjson';

/**
 * The answer of a long operation (an import): with `Accept: application/x-ndjson`, one line `{"progression": …}`
 * at most every `intervalleMs` while it runs, then `{"resultat": …}` or `{"erreur": …}` (in the GraphQL error
 * shape), so that a browser shows a progress bar; otherwise one JSON body at the end, as for any endpoint.
 */
export class ReponseProgressive {
  private readonly flux: boolean;
  private dernier = 0;

  constructor(
    private readonly request: IncomingMessage & { correlationId?: string },
    private readonly response: ServerResponse,
    private readonly logger: JsonLogger,
    private readonly intervalleMs = 150,
  ) {
    this.flux = String(request.headers['accept'] ?? '').includes(NDJSON);
  }

  /** Once the request is accepted (authorised, read): from here on, errors go in the stream. */
  commencer(): void {
    if (!this.flux || this.response.headersSent) return;
    this.response.writeHead(200, { ...ENTETES_SURS, 'content-type': `${NDJSON}; charset=utf-8` });
  }

  progression(progression: object, derniere = false): void {
    if (!this.flux || !this.response.headersSent || this.response.destroyed) return;
    const now = Date.now();
    if (!derniere && now - this.dernier < this.intervalleMs) return;
    this.dernier = now;
    this.response.write(`${JSON.stringify({ progression })}\n`);
  }

  terminer(resultat: unknown): void {
    if (this.flux && this.response.headersSent) {
      this.response.end(`${JSON.stringify({ resultat })}\n`);
      return;
    }
    envoyerJson(this.response, 200, resultat);
  }

  echouer(error: unknown): void {
    if (!(this.flux && this.response.headersSent)) return envoyerErreur(this.response, error, this.logger, this.request);
    const client = error instanceof GraphQLError && typeof error.extensions?.code === 'string' && error.extensions.code !== 'INTERNAL_SERVER_ERROR';
    if (!client) this.logger.event('error', 'HTTP endpoint failed', { error: (error as Error)?.message, correlationId: this.request.correlationId });
    const erreur = client
      ? { message: (error as GraphQLError).message, extensions: { ...(error as GraphQLError).extensions } }
      : { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    this.response.end(`${JSON.stringify({ erreur })}\n`);
  }
}
