import type { Role } from '../auth/session';

/**
 * The first screen of a role: a porteur reads its own space (the programmation's dashboards are not open to it,
 * docs/security.md); every other role the tableau de bord.
 */
export function accueil(tenant: string, role: Role): string {
  return role === 'porteur' ? `/${tenant}/mes-dossiers` : `/${tenant}/tableau-de-bord`;
}
