import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../graphql/client';
import { ecrireSession, lireSession, type Session } from './session';
import { ouvrirSession } from './sign-in';

interface AuthState {
  session: Session | null;
  /** True when the API refused the token (expired): the sign-in shows over the current screen, which stays mounted. */
  expiree: boolean;
  connecter(session: Session): void;
  deconnecter(): void;
  signalerExpiration(): void;
  changerEspace(tenant: string): void;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(() => lireSession());
  const [expiree, setExpiree] = useState(false);

  const connecter = useCallback((next: Session) => {
    ecrireSession(next);
    setSession(next);
    setExpiree(false);
  }, []);
  const deconnecter = useCallback(() => {
    ecrireSession(null);
    setSession(null);
    setExpiree(false);
  }, []);
  const signalerExpiration = useCallback(() => setExpiree(true), []);
  // Another workspace of the same token: who the person is there (role, organisation) comes from `moi` in it.
  const courante = useRef(session);
  courante.current = session;
  const enCours = useRef<string | null>(null);
  const changerEspace = useCallback((tenant: string) => {
    const current = courante.current;
    if (!current || !current.workspaces.includes(tenant) || current.tenant === tenant || enCours.current === tenant) return;
    enCours.current = tenant;
    ouvrirSession(current.token, tenant, current.mode, current.expiresAt)
      .then((next) => {
        ecrireSession(next);
        setSession(next);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') setExpiree(true);
      })
      .finally(() => (enCours.current = null));
  }, []);

  const value = useMemo(
    () => ({ session, expiree, connecter, deconnecter, signalerExpiration, changerEspace }),
    [session, expiree, connecter, deconnecter, signalerExpiration, changerEspace],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}

/** The session of a screen that requires one (the router only renders those screens when signed in). */
export function useSession(): Session {
  const { session } = useAuth();
  if (!session) throw new Error('no session');
  return session;
}
