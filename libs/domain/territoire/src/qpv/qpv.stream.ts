import { streamName } from '@cdv/eventsourcing';

/**
 * `{tenant}:qpv-{id}`. The id is chosen by the application: the official code when the quartier is created from
 * the national list (QP059012), a local id when a document names it without code (vm-qpv-lecocq).
 */
export function qpvStream(tenant: string, qpvId: string): string {
  return streamName(tenant, 'qpv', qpvId);
}
