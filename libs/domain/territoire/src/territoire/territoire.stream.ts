import { streamName } from '@cdv/eventsourcing';

/** One territoire per tenant: `{tenant}:territoire`. */
export function territoireStream(tenant: string): string {
  return streamName(tenant, 'territoire');
}
