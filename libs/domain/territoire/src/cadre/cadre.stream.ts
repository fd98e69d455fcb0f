import { streamName } from '@cdv/eventsourcing';

/** One stream per cadre stratégique, holding all its versions: `{tenant}:cadre-{id}`. */
export function cadreStream(tenant: string, cadreId: string): string {
  return streamName(tenant, 'cadre', cadreId);
}
