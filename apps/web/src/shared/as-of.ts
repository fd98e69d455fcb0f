import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

/**
 * « Voir au … » (docs/design.md §5): the instant the whole application reads as of, kept in the URL (`asOf`, ISO 8601)
 * so that a past view can be shared. Every query declaring `$asOf` receives it (graphql/use-query.ts); commands
 * are not offered while it is set.
 */
export function useAsOf(): { asOf: string | null; voirAu(instant: string | null): void } {
  const [params, setParams] = useSearchParams();
  const asOf = valide(params.get('asOf'));
  const voirAu = useCallback(
    (instant: string | null) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (instant) next.set('asOf', instant);
        else next.delete('asOf');
        return next;
      }),
    [setParams],
  );
  return { asOf, voirAu };
}

function valide(value: string | null): string | null {
  if (!value) return null;
  return Number.isNaN(new Date(value).getTime()) ? null : value;
}

/** Keeps `asOf` on a link to another screen (the whole application stays at the same instant). */
export function avecAsOf(path: string, asOf: string | null): string {
  if (!asOf) return path;
  return `${path}${path.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(asOf)}`;
}
