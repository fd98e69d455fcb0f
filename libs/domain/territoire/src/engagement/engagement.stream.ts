import { streamName } from '@cdv/eventsourcing';

export function engagementStream(tenant: string, engagementId: string): string {
  return streamName(tenant, 'engagement', engagementId);
}
