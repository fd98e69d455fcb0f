import { streamName } from '@cdv/eventsourcing';

/** `{tenant}:catalogue-pieces`: a singleton stream of workspace configuration. */
export function cataloguePiecesStream(tenant: string): string {
  return streamName(tenant, 'catalogue-pieces');
}
