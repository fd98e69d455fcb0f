import { streamName } from '@cdv/eventsourcing';

export function indicateurStream(tenant: string, indicateurId: string): string {
  return streamName(tenant, 'indicateur', indicateurId);
}
