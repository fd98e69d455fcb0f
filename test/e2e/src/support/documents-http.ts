import type { TestApp } from '@cdv/app-harness';

export interface ErreurHttp {
  message: string;
  extensions: Record<string, unknown> & { code: string };
}

/** The document endpoints beside /graphql, as a browser calls them (plain fetch, FormData). */
export class DocumentsHttp {
  private readonly base: string;

  constructor(app: TestApp) {
    this.base = app.url.replace(/\/graphql$/, '');
  }

  /** POST /documents/{holder}/fichiers with one part `part` (the file), `copies` times. */
  async televerser(token: string | undefined, tenant: string, holder: string, bytes: Buffer, nom: string, part = 'fichier', copies = 1) {
    const form = new FormData();
    for (let index = 0; index < copies; index += 1) form.append(part, new Blob([bytes], { type: 'application/pdf' }), nom);
    const response = await fetch(`${this.base}/documents/${holder}/fichiers`, { method: 'POST', headers: entetes(token, tenant), body: form });
    const body = (await response.json()) as { recu: string; fichier: Record<string, unknown>; errors?: ErreurHttp[] };
    return { status: response.status, body, code: body.errors?.[0]?.extensions.code };
  }

  /** A request with any body, to see the endpoint refuse it. */
  async brut(token: string, tenant: string, holder: string, contentType: string, body: string) {
    const response = await fetch(`${this.base}/documents/${holder}/fichiers`, {
      method: 'POST',
      headers: { ...entetes(token, tenant), 'content-type': contentType },
      body,
    });
    const json = (await response.json()) as { errors?: ErreurHttp[] };
    return { status: response.status, code: json.errors?.[0]?.extensions.code };
  }

  /** GET a path of this server (a link from GraphQL, or /documents/…/pieces/… with a token). */
  async telecharger(path: string, token?: string, tenant?: string) {
    const response = await fetch(`${this.base}${path}`, { headers: entetes(token, tenant) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
    const errors = isJson ? ((JSON.parse(bytes.toString('utf8')) as { errors?: ErreurHttp[] }).errors ?? null) : null;
    return { status: response.status, headers: response.headers, bytes, code: errors?.[0]?.extensions.code };
  }

  /** A link whose claims were changed without the secret (the signature is kept): what a forger would try. */
  lienModifie(url: string, claims: Record<string, unknown>): string {
    const token = url.slice(url.lastIndexOf('/') + 1);
    const [header, payload, signature] = token.split('.');
    const changed = { ...(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as object), ...claims };
    return `${url.slice(0, url.lastIndexOf('/') + 1)}${header}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
  }
}

function entetes(token: string | undefined, tenant: string | undefined): Record<string, string> {
  return { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(tenant ? { 'x-tenant': tenant } : {}) };
}
