import { streamName } from '@cdv/eventsourcing';

/** The figures read off one source document: `{tenant}:chiffres-{documentId}`. */
export function chiffresStream(tenant: string, documentId: string): string {
  return streamName(tenant, 'chiffres', documentId);
}
