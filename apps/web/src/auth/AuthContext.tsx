import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ecrireSession, lireSession, type Session } from './session';

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
  const changerEspace = useCallback(
    (tenant: string) =>
      setSession((current) => {
        if (!current || !current.workspaces.includes(tenant)) return current;
        const next = { ...current, tenant };
        ecrireSession(next);
        return next;
      }),
    [],
  );

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
