import type { RecordedEvent } from './envelope';

/**
 * Stream names carry the tenant: `{tenant}:{category}-{id}` (docs/design.md §4, §6). Every adapter checks them, so no
 * code path can write an event outside a tenant.
 */

const TENANT = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const CATEGORY = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export function isTenantId(value: string): boolean {
  return TENANT.test(value);
}

export function assertTenantId(value: string): string {
  if (!isTenantId(value)) {
    throw new InvalidStreamName(`"${value}" is not a tenant id (lower-case letters, digits and dashes, e.g. "mel")`);
  }
  return value;
}

export class InvalidStreamName extends Error {
  override readonly name = 'InvalidStreamName';
}

export interface StreamName {
  tenant: string;
  category: string;
  id: string;
}

/** `{tenant}:{category}-{id}`, or `{tenant}:{category}` for a tenant's singleton stream (e.g. `mel:territoire`). */
export function streamName(tenant: string, category: string, id?: string): string {
  assertTenantId(tenant);
  if (!CATEGORY.test(category)) throw new InvalidStreamName(`"${category}" is not a stream category`);
  if (id !== undefined && !/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(id)) {
    throw new InvalidStreamName(`"${id}" is not a stream id (letters, digits, dot, dash, underscore)`);
  }
  return id === undefined ? `${tenant}:${category}` : `${tenant}:${category}-${id}`;
}

/** Splits `{tenant}:{category}-{id}`; the category is the part before the first dash of the local name. */
export function parseStreamName(stream: string): StreamName {
  const colon = stream.indexOf(':');
  if (colon <= 0) throw new InvalidStreamName(`stream "${stream}" has no tenant prefix ("{tenant}:{category}-{id}")`);
  const tenant = assertTenantId(stream.slice(0, colon));
  const local = stream.slice(colon + 1);
  const dash = local.indexOf('-');
  if (!local) throw new InvalidStreamName(`stream "${stream}" has no name after its tenant`);
  return dash < 0 ? { tenant, category: local, id: '' } : { tenant, category: local.slice(0, dash), id: local.slice(dash + 1) };
}

/** True when an event read for `tenant` really belongs to it (stream prefix and metadata agree). */
export function belongsToTenant(event: Pick<RecordedEvent, 'stream' | 'metadata'>, tenant: string): boolean {
  return event.stream.startsWith(`${tenant}:`) && event.metadata?.tenantId === tenant;
}
