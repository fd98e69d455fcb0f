import type { AuthConfig } from './sign-in';

/**
 * OIDC sign-in (AUTH_MODE=oidc): Authorization Code + PKCE against AUTH_ISSUER, with oidc-client-ts, loaded only
 * in this mode (it stays out of the initial bundle).
 */
async function gestionnaire(config: AuthConfig) {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  if (!config.issuer || !config.clientId) throw new Error('OIDC configuration incomplete (issuer, client)');
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: `${window.location.origin}/connexion/callback`,
    post_logout_redirect_uri: `${window.location.origin}/connexion`,
    response_type: 'code',
    scope: config.scope ?? 'openid profile email',
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export async function connexionOidc(config: AuthConfig, retour: string): Promise<void> {
  await (await gestionnaire(config)).signinRedirect({ state: { retour } });
}

export async function retourOidc(config: AuthConfig): Promise<{ token: string; expiresAt: string | null; retour: string }> {
  const user = await (await gestionnaire(config)).signinRedirectCallback();
  const state = (user.state ?? {}) as { retour?: string };
  return { token: user.access_token, expiresAt: user.expires_at ? new Date(user.expires_at * 1000).toISOString() : null, retour: state.retour ?? '/' };
}

/** Signs in again in a popup (expired token): the page and the form being typed stay as they are. */
export async function reconnexionOidc(config: AuthConfig): Promise<{ token: string; expiresAt: string | null }> {
  const manager = await gestionnaire(config);
  const user = await manager.signinPopup({ popupWindowFeatures: { width: 520, height: 640 }, redirect_uri: `${window.location.origin}/connexion/popup` });
  return { token: user.access_token, expiresAt: user.expires_at ? new Date(user.expires_at * 1000).toISOString() : null };
}

export async function retourPopupOidc(config: AuthConfig): Promise<void> {
  await (await gestionnaire(config)).signinPopupCallback();
}
