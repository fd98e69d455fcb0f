import { streamName } from '@cdv/eventsourcing';

/** `{tenant}:convention-{id}`. */
export function conventionStream(tenant: string, conventionId: string): string {
  return streamName(tenant, 'convention', conventionId);
}
