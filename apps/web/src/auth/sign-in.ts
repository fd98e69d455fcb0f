import { graphql } from '../gql';
import { ApiError, execute } from '../graphql/client';
import type { Role, Session } from './session';

export interface AuthConfig {
  mode: 'local' | 'oidc';
  issuer?: string;
  clientId?: string;
  scope?: string;
}

const Moi = graphql(`
  query Moi {
    moi {
      userId
      tenantId
      roles
      organisationId
      workspaces
      operateurPlateforme
    }
  }
`);

export async function lireConfiguration(): Promise<AuthConfig> {
  const response = await fetch('/auth/config');
  if (!response.ok) throw new ApiError(`Configuration de connexion indisponible (HTTP ${response.status}).`, 'INTERNAL_SERVER_ERROR');
  return (await response.json()) as AuthConfig;
}

/** A token of the local issuer (AUTH_MODE=local only; the route does not exist otherwise). */
export async function jetonLocal(demande: { tenant: string; role: Role; organisationId?: string | null }): Promise<{ token: string; expiresAt: string }> {
  const response = await fetch('/auth/local/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: demande.tenant, role: demande.role, ...(demande.organisationId ? { organisationId: demande.organisationId } : {}) }),
  });
  const body = (await response.json().catch(() => ({}))) as {
    token?: string;
    expiresAt?: string;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  if (!response.ok || !body.token) {
    const error = body.errors?.[0];
    throw new ApiError(
      error?.message ?? `Connexion refusée (HTTP ${response.status}).`,
      String(error?.extensions?.['code'] ?? 'UNAUTHENTICATED'),
      error?.extensions,
    );
  }
  return { token: body.token, expiresAt: body.expiresAt ?? '' };
}

/**
 * The first workspace a token names (its `memberships` claim), to ask `moi` in when none is chosen yet: a token of
 * several workspaces must name one (X-Tenant). Read, not verified: the server verifies the token on every call.
 */
function premierEspace(token: string): string {
  try {
    const charge = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const { memberships } = JSON.parse(atob(charge)) as { memberships?: Array<{ tenant?: unknown }> };
    return typeof memberships?.[0]?.tenant === 'string' ? memberships[0].tenant : '';
  } catch {
    return '';
  }
}

/** Who the token says we are in `tenant` (moi): the session the screens use. */
export async function ouvrirSession(token: string, tenant: string | null, mode: Session['mode'], expiresAt: string | null): Promise<Session> {
  const premier = await execute(Moi, {}, { token, tenant: tenant ?? premierEspace(token) });
  const workspaces = premier.moi.workspaces;
  const espace = tenant && workspaces.includes(tenant) ? tenant : premier.moi.tenantId;
  const moi = espace === premier.moi.tenantId ? premier.moi : (await execute(Moi, {}, { token, tenant: espace })).moi;
  return {
    token,
    userId: moi.userId,
    tenant: espace,
    role: (moi.roles[0] ?? 'lecteur') as Role,
    organisationId: moi.organisationId ?? null,
    workspaces,
    mode,
    expiresAt,
    espaceOperateur: moi.operateurPlateforme ? espace : null,
  };
}
