import { streamName } from '@cdv/eventsourcing';

/** `{tenant}:appel-{annee}`: one appel à projets per programmation year. */
export function appelStream(tenant: string, annee: number): string {
  return streamName(tenant, 'appel', String(annee));
}
