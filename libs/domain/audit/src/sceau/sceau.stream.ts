import { streamName } from '@cdv/eventsourcing';

export const SCEAUX_CATEGORY = 'sceaux';

/**
 * One seal stream per tenant, `{tenant}:sceaux`. docs/design.md §3 says `sceau-{n}`: seal n is revision n of this
 * stream (ADR 0005), so the stream's own hash chain also chains the seals and `n` is never ambiguous.
 */
export function sceauxStream(tenant: string): string {
  return streamName(tenant, SCEAUX_CATEGORY);
}

export function isSceauxStream(stream: string): boolean {
  return stream.slice(stream.indexOf(':') + 1) === SCEAUX_CATEGORY;
}
