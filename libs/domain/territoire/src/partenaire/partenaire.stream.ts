import { streamName } from '@cdv/eventsourcing';

export function partenaireStream(tenant: string, partenaireId: string): string {
  return streamName(tenant, 'partenaire', partenaireId);
}
