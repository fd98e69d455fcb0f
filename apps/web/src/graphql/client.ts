import type { TypedDocumentString } from '../gql/graphql';

/** An error of the API (docs/api.md « Errors »): its code, the field it is about, and the other extensions. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get field(): string | null {
    return typeof this.extensions['field'] === 'string' ? (this.extensions['field'] as string) : null;
  }
}

export interface Credentials {
  token: string;
  tenant: string;
}

/** The one POST /graphql of the application: bearer token, workspace header, typed variables and result. */
export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  credentials: Credentials,
  signal?: AbortSignal,
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${credentials.token}`, 'x-tenant': credentials.tenant },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError('Le serveur ne répond pas : vérifiez la connexion puis réessayez.', 'NETWORK');
  }
  let body: { data?: TResult; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`Réponse illisible du serveur (HTTP ${response.status}).`, 'INTERNAL_SERVER_ERROR');
  }
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, String(first.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'), first.extensions ?? {});
  if (!body.data) throw new ApiError('Réponse vide du serveur.', 'INTERNAL_SERVER_ERROR');
  return body.data;
}

/** The refusal of an HTTP endpoint beside /graphql (documents, evidence bundles), in the GraphQL error shape. */
export async function erreurHttp(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  const first = body.errors?.[0];
  return new ApiError(first?.message ?? `HTTP ${response.status}`, String(first?.extensions?.['code'] ?? 'INTERNAL_SERVER_ERROR'), first?.extensions ?? {});
}
