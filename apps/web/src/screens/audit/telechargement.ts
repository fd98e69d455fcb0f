import type { Session } from '../../auth/session';
import { ApiError, erreurHttp } from '../../graphql/client';

export type PorteePreuves = { type: 'espace' } | { type: 'annee'; annee: number } | { type: 'dossier'; dossierId: string };

/** The endpoint beside /graphql that streams an evidence bundle (docs/api.md « Evidence bundles »). */
export function urlPreuves(portee: PorteePreuves): string {
  if (portee.type === 'annee') return `/audit/evidence-bundle?year=${portee.annee}`;
  if (portee.type === 'dossier') return `/audit/evidence-bundle?dossier=${encodeURIComponent(portee.dossierId)}`;
  return '/audit/evidence-bundle';
}

/**
 * Downloads an evidence bundle with the session's token and workspace (never in the URL, where logs would keep it)
 * and hands it to the browser as a file; returns its name. A refusal comes back in the API's error shape.
 */
export async function telechargerPreuves(session: Pick<Session, 'token' | 'tenant'>, portee: PorteePreuves): Promise<string> {
  let reponse: Response;
  try {
    reponse = await fetch(urlPreuves(portee), { headers: { authorization: `Bearer ${session.token}`, 'x-tenant': session.tenant } });
  } catch {
    throw new ApiError('Le serveur ne répond pas : vérifiez la connexion puis réessayez.', 'NETWORK');
  }
  if (!reponse.ok) throw await erreurHttp(reponse);

  const nom = /filename="([^"]+)"/.exec(reponse.headers.get('content-disposition') ?? '')?.[1] ?? 'preuves.jsonl';
  const url = URL.createObjectURL(await reponse.blob());
  try {
    const lien = document.createElement('a');
    lien.href = url;
    lien.download = nom;
    document.body.append(lien);
    lien.click();
    lien.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
  return nom;
}
