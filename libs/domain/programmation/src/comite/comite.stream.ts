import { streamName } from '@cdv/eventsourcing';

/** `{tenant}:comite-{id}`. */
export function comiteStream(tenant: string, comiteId: string): string {
  return streamName(tenant, 'comite', comiteId);
}
