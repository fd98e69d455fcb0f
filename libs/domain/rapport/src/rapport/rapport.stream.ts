import { streamName } from '@cdv/eventsourcing';

/** `{tenant}:rapport-{annee}`: one rapport annuel per reference year. */
export function rapportStream(tenant: string, annee: number): string {
  return streamName(tenant, 'rapport', String(annee));
}
