import { graphql } from '../gql';
import { useQuery } from '../graphql/use-query';
import { anneeDe } from './parametres';

const Annees = graphql(`
  query Annees($asOf: DateTime) {
    appelsAProjets(asOf: $asOf) {
      annee
    }
  }
`);

/**
 * The year a screen shows: `annee` from the URL, else the workspace's most recent appel à projets (null while it
 * is read); with the years that have an appel, for the year selector.
 */
export function useAnnee(valeur: string | undefined): { annee: number | null; annees: number[] } {
  const { data } = useQuery(Annees, {});
  const appels = data?.appelsAProjets.map((appel) => appel.annee) ?? [];
  const annee = valeur ? anneeDe(valeur, new Date().getFullYear()) : data ? (appels[0] ?? new Date().getFullYear()) : null;
  const annees = [...new Set([...(annee ? [annee] : []), ...appels])].sort((a, b) => b - a);
  return { annee, annees };
}
