import { streamName } from '@cdv/eventsourcing';

/** `{tenant}:dispositif-{id}`: one EPCI fund (fonds de cohésion sociale, fonds de concours…). */
export function dispositifStream(tenant: string, dispositifId: string): string {
  return streamName(tenant, 'dispositif', dispositifId);
}
