// The signed-in person's token and workspace, kept in sessionStorage: closing the tab signs out, a reload does not.

export type Role = 'admin' | 'agent' | 'instructeur' | 'porteur' | 'auditeur' | 'lecteur';

export interface Session {
  token: string;
  /** The token's subject (`sub`): drafts kept in the browser are per person. */
  userId?: string;
  /** The workspace (tenant) the screens read. */
  tenant: string;
  role: Role;
  organisationId: string | null;
  /** Every workspace of the token (switcher). */
  workspaces: string[];
  mode: 'local' | 'oidc';
  expiresAt: string | null;
  /** The platform's own workspace when the person signed in there as its admin (a platform operator), else null. */
  espaceOperateur?: string | null;
}

/** Signed in as a platform operator, in the platform's workspace: its screens are the workspaces' list. */
export function estOperateur(session: Session): boolean {
  return !!session.espaceOperateur && session.espaceOperateur === session.tenant;
}

const KEY = 'cdv.session';

export function lireSession(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

export function ecrireSession(session: Session | null): void {
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
}

export const LIBELLES_ROLES: Record<Role, string> = {
  admin: 'Administrateur',
  agent: 'Agent de l’EPCI (chargé de mission)',
  instructeur: 'Instructeur d’un financeur',
  porteur: 'Porteur de projet',
  auditeur: 'Auditeur',
  lecteur: 'Lecteur (élu, partenaire)',
};
