import type { Session } from '../../auth/session';
import { telechargerFichier } from '../../shared/telechargement';

export type PorteePreuves = { type: 'espace' } | { type: 'annee'; annee: number } | { type: 'dossier'; dossierId: string };

/** The endpoint beside /graphql that streams an evidence bundle (docs/api.md « Evidence bundles »). */
export function urlPreuves(portee: PorteePreuves): string {
  if (portee.type === 'annee') return `/audit/evidence-bundle?year=${portee.annee}`;
  if (portee.type === 'dossier') return `/audit/evidence-bundle?dossier=${encodeURIComponent(portee.dossierId)}`;
  return '/audit/evidence-bundle';
}

/** Downloads an evidence bundle of the session's workspace; returns the file's name. */
export function telechargerPreuves(session: Pick<Session, 'token' | 'tenant'>, portee: PorteePreuves): Promise<string> {
  return telechargerFichier(session, urlPreuves(portee), 'preuves.jsonl');
}
