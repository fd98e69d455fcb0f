import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters and choices of a screen live in the URL's query string (a view can be shared and reloaded): read them,
 * change some (an empty value removes it; `asOf` is kept).
 */
export function useParametres<K extends string>(): [Partial<Record<K, string>>, (changes: Partial<Record<K, string | null>>) => void] {
  const [params, setParams] = useSearchParams();
  const valeurs = Object.fromEntries([...params.entries()]) as Partial<Record<K, string>>;
  const changer = useCallback(
    (changes: Partial<Record<K, string | null>>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes) as Array<[string, string | null | undefined]>) {
          if (value === null || value === undefined || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      }),
    [setParams],
  );
  return [valeurs, changer];
}

/** The year of the screen: `annee` in the URL, else the given default. */
export function anneeDe(valeur: string | undefined, defaut: number): number {
  const annee = Number(valeur);
  return Number.isInteger(annee) && annee > 1990 && annee < 2200 ? annee : defaut;
}
