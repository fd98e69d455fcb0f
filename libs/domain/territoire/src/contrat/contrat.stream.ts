import { streamName } from '@cdv/eventsourcing';

export function contratStream(tenant: string, contratId: string): string {
  return streamName(tenant, 'contrat', contratId);
}
