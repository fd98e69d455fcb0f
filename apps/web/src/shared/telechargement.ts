import type { Session } from '../auth/session';
import { ApiError, erreurHttp } from '../graphql/client';

/**
 * Downloads a file of an endpoint beside /graphql (exports, evidence bundles) with the session's token and
 * workspace — never in the URL, where logs would keep the token — and hands it to the browser as a file; returns
 * its name. A refusal comes back as the API's error.
 */
export async function telechargerFichier(session: Pick<Session, 'token' | 'tenant'>, url: string, nomParDefaut: string): Promise<string> {
  let reponse: Response;
  try {
    reponse = await fetch(url, { headers: { authorization: `Bearer ${session.token}`, 'x-tenant': session.tenant } });
  } catch {
    throw new ApiError('Le serveur ne répond pas : vérifiez la connexion puis réessayez.', 'NETWORK');
  }
  if (!reponse.ok) throw await erreurHttp(reponse);
  const nom = nomDuFichier(reponse.headers.get('content-disposition') ?? '') ?? nomParDefaut;
  const lien = URL.createObjectURL(await reponse.blob());
  try {
    const ancre = document.createElement('a');
    ancre.href = lien;
    ancre.download = nom;
    document.body.append(ancre);
    ancre.click();
    ancre.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(lien), 60_000);
  }
  return nom;
}

/** The file name a Content-Disposition gives: its UTF-8 form (`filename*`, RFC 6266) first, else the plain one. */
export function nomDuFichier(disposition: string): string | null {
  const encode = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encode) {
    try {
      return decodeURIComponent(encode);
    } catch {
      // a malformed encoding: fall back to the plain name
    }
  }
  return /filename="([^"]+)"/.exec(disposition)?.[1] ?? null;
}
