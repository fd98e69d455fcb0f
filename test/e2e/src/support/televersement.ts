/** What an upload endpoint answered: the status, the JSON body, or the lines of an NDJSON answer (progress, then result). */
export interface ReponseTeleversement<T = Record<string, unknown>> {
  status: number;
  contentType: string;
  body: T & { errors?: Array<{ message: string; extensions: Record<string, unknown> & { code?: string } }> };
  lignes: Array<{ progression?: Record<string, number>; resultat?: T; erreur?: { message: string; extensions: Record<string, unknown> } }>;
}

/**
 * POSTs a file as a browser does (multipart/form-data, the file in `fichier`) to an endpoint beside /graphql, with
 * a token and a workspace; `ndjson` asks for the progress lines.
 */
export async function televerser<T = Record<string, unknown>>(
  url: string,
  options: {
    token?: string;
    tenant?: string;
    fichier?: { nom: string; octets: Uint8Array | string };
    ndjson?: boolean;
    body?: RequestInit['body'];
    contentType?: string;
  },
): Promise<ReponseTeleversement<T>> {
  let body = options.body;
  if (options.fichier) {
    const form = new FormData();
    const octets = typeof options.fichier.octets === 'string' ? Buffer.from(options.fichier.octets, 'utf8') : options.fichier.octets;
    form.append('fichier', new Blob([octets]), options.fichier.nom);
    body = form;
  }
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.tenant ? { 'x-tenant': options.tenant } : {}),
      ...(options.ndjson ? { accept: 'application/x-ndjson' } : {}),
      ...(options.contentType ? { 'content-type': options.contentType } : {}),
    },
    body,
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.startsWith('application/x-ndjson')) {
    const lignes = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ReponseTeleversement<T>['lignes'][number]);
    return { status: response.status, contentType, body: (lignes.at(-1)?.resultat ?? {}) as ReponseTeleversement<T>['body'], lignes };
  }
  return { status: response.status, contentType, body: JSON.parse(text) as ReponseTeleversement<T>['body'], lignes: [] };
}
