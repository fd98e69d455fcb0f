import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import type { TokenVerifier, UserRole } from '@cdv/auth';
import { httpRequestContext, type ApiRequest, type RequestContext } from '@cdv/tenancy';
import type { JsonLogger } from '../logger';
import { lireFichierTeleverse, type FichierTeleverse } from './fichier-televerse';
import { ReponseProgressive } from './reponse-progressive';
import { viderLaRequete } from './reponses-http';

export interface EndpointTeleversement<P> {
  roles: readonly UserRole[];
  /** Said in a refusal: « importing … is not allowed for role … ». */
  operation: string;
  /** Bytes of the file at most, and the variable that sets it. */
  maxBytes: number;
  variable: string;
  /** The query string, checked once the caller is known and before the body is read. */
  parametres(): P;
  /** The work, once the file is read: its result is the answer (or the last line of the progress stream). */
  traiter(entree: { context: RequestContext; parametres: P; fichier: FichierTeleverse; reponse: ReponseProgressive }): Promise<unknown>;
  /** An error of the work said as the API's (e.g. a file that is no spreadsheet → 415). */
  traduire?(error: unknown): unknown;
}

/**
 * The common course of an upload endpoint beside /graphql: the caller's token and workspace (as GraphQL does), the
 * endpoint's roles, its parameters, then the file (bounded), then the work, with progress lines when asked; every
 * refusal in the API's error shape. A body refused before it was read is drained (the client reads the answer),
 * unless it is over the limit (the connection is closed instead).
 */
export async function televersement<P>(
  request: IncomingMessage & ApiRequest,
  response: ServerResponse,
  outils: { verifier: TokenVerifier; logger: JsonLogger },
  endpoint: EndpointTeleversement<P>,
): Promise<void> {
  const reponse = new ReponseProgressive(request, response, outils.logger);
  try {
    const context = await httpRequestContext(outils.verifier, request, endpoint.roles, endpoint.operation);
    const parametres = endpoint.parametres();
    const fichier = await lireFichierTeleverse(request, endpoint.maxBytes, endpoint.variable);
    reponse.terminer(await endpoint.traiter({ context, parametres, fichier, reponse }));
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions?.code === 'PAYLOAD_TOO_LARGE') response.setHeader('connection', 'close');
    else await viderLaRequete(request, endpoint.maxBytes);
    reponse.echouer(endpoint.traduire ? endpoint.traduire(error) : error);
  }
}

export const parametreInvalide = (field: string, message: string) => new GraphQLError(message, { extensions: { code: 'VALIDATION_FAILED', field } });
