import { assertTenantId, type EventStore, type RecordedEvent } from '@cdv/eventsourcing';
import { AuditQueryError } from './audit-errors';

export const READ_PAGE_SIZE = 1000;

/** A tenant id from a caller, checked once: every read below filters on it. */
export function checkTenant(tenant: string): string {
  try {
    return assertTenantId(tenant);
  } catch (error) {
    throw new AuditQueryError('VALIDATION_FAILED', (error as Error).message, { field: 'tenant' });
  }
}

/**
 * A tenant's events in global order, page by page, up to `until` (inclusive). Reading in pages keeps memory
 * flat however long the history is.
 */
export async function* readTenantLog(
  store: EventStore,
  tenant: string,
  options: { after?: number; until?: number; pageSize?: number } = {},
): AsyncGenerator<RecordedEvent[]> {
  let after = options.after ?? 0;
  const pageSize = options.pageSize ?? READ_PAGE_SIZE;
  for (;;) {
    const page = await store.readAll({ tenant, after, until: options.until, maxCount: pageSize });
    if (page.length === 0) return;
    yield page;
    after = page[page.length - 1].position;
  }
}

/** Counts a tenant's events up to `until` (the port has no count: one light pass, for progress totals). */
export async function countTenantEvents(store: EventStore, tenant: string, until: number): Promise<number> {
  let count = 0;
  for await (const page of readTenantLog(store, tenant, { until })) count += page.length;
  return count;
}
