import { streamName } from '@cdv/eventsourcing';

/** `{tenant}:dossier-{id}`. */
export function dossierStream(tenant: string, dossierId: string): string {
  return streamName(tenant, 'dossier', dossierId);
}
