import { useCallback, useEffect, useRef, useState } from 'react';
import type { Session } from '../../auth/session';

interface Enregistre<T> {
  valeur: T;
  enregistreLe: string;
}

/** The key of a draft: per person and workspace (a shared computer keeps each one's drafts apart). */
export function cleBrouillon(session: Pick<Session, 'tenant' | 'userId' | 'organisationId'>, nom: string): string {
  return `cdv.brouillon.${session.tenant}.${session.userId ?? session.organisationId ?? 'anonyme'}.${nom}`;
}

/**
 * A form's values kept in localStorage while they are typed (written half a second after the last keystroke), so
 * that a closed tab, a reload or an expired session loses nothing; `effacer` once the server has recorded them.
 */
export function useBrouillon<T>(cle: string, initial: () => T): { valeur: T; changer(valeur: T): void; effacer(): void; reprisDu: string | null } {
  const [lu] = useState<Enregistre<T> | null>(() => lire<T>(cle));
  const [valeur, setValeur] = useState<T>(() => lu?.valeur ?? initial());
  const minuterie = useRef<ReturnType<typeof setTimeout> | null>(null);
  const efface = useRef(false);
  const valeurCourante = useRef(valeur);
  valeurCourante.current = valeur;

  const changer = useCallback(
    (suivante: T) => {
      efface.current = false;
      setValeur(suivante);
      if (minuterie.current) clearTimeout(minuterie.current);
      minuterie.current = setTimeout(() => {
        minuterie.current = null;
        if (!efface.current) ecrire(cle, suivante);
      }, 500);
    },
    [cle],
  );
  const effacer = useCallback(() => {
    efface.current = true;
    if (minuterie.current) clearTimeout(minuterie.current);
    localStorage.removeItem(cle);
  }, [cle]);
  // what is typed just before leaving the screen or the page is kept too
  useEffect(() => {
    const avantDepart = () => {
      if (minuterie.current) clearTimeout(minuterie.current);
      if (!efface.current && minuterie.current) ecrire(cle, valeurCourante.current);
      minuterie.current = null;
    };
    window.addEventListener('pagehide', avantDepart);
    return () => {
      window.removeEventListener('pagehide', avantDepart);
      avantDepart();
    };
  }, [cle]);

  return { valeur, changer, effacer, reprisDu: lu?.enregistreLe ?? null };
}

function lire<T>(cle: string): Enregistre<T> | null {
  try {
    const brut = localStorage.getItem(cle);
    return brut ? (JSON.parse(brut) as Enregistre<T>) : null;
  } catch {
    return null;
  }
}

function ecrire<T>(cle: string, valeur: T): void {
  try {
    localStorage.setItem(cle, JSON.stringify({ valeur, enregistreLe: new Date().toISOString() } satisfies Enregistre<T>));
  } catch {
    // a full or disabled storage: the form still works, without a draft
  }
}
