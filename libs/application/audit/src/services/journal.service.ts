import type { EventStore } from '@cdv/eventsourcing';
import {
  describeEvent,
  EVENT_LABELS,
  invalidDateRange,
  matchesJournalFilter,
  type AuditedEvent,
  type EventLabels,
  type JournalFilter,
} from '@cdv/projections-audit';
import { AuditQueryError } from './audit-errors';
import { checkTenant } from './tenant-log';
import { belongsToTenant } from '@cdv/eventsourcing';

export const JOURNAL_MAX_FIRST = 500;
export const JOURNAL_DEFAULT_FIRST = 100;

export interface JournalPageRequest {
  /** Page size, 1…500 (default 100). */
  first?: number;
  /** The `endCursor` of the previous page; absent or null: from the beginning. */
  after?: string | null;
}

export interface JournalPage {
  events: AuditedEvent[];
  /**
   * Where the next page starts. Always set, also on an empty page, so a change-feed consumer stores it and
   * resumes from it: it will see every later matching event exactly once.
   */
  endCursor: string;
  /** False when the log was read to its end: the consumer is caught up (for now). */
  hasNextPage: boolean;
}

export interface JournalServiceOptions {
  labels?: EventLabels;
  /** Most events examined by one call; a very selective filter then returns a short page with hasNextPage. */
  scanLimit?: number;
  pageSize?: number;
}

/**
 * The tenant-wide journal (docs/design.md §8 `journal(filter)`, anchors §6 item 9): the log filtered by actor,
 * organisation, types, dates, stream, dossier or financeur, paginated by global position. It reads only
 * `readAll({ tenant })`, and drops anything that does not belong to the tenant anyway.
 */
export class JournalService {
  private readonly labels: EventLabels;
  private readonly scanLimit: number;
  private readonly pageSize: number;

  constructor(
    private readonly store: EventStore,
    options: JournalServiceOptions = {},
  ) {
    this.labels = options.labels ?? EVENT_LABELS;
    this.scanLimit = options.scanLimit ?? 50_000;
    this.pageSize = options.pageSize ?? 1000;
  }

  async journal(tenant: string, filter: JournalFilter = {}, page: JournalPageRequest = {}): Promise<JournalPage> {
    checkTenant(tenant);
    const first = page.first ?? JOURNAL_DEFAULT_FIRST;
    if (!Number.isInteger(first) || first < 1 || first > JOURNAL_MAX_FIRST) {
      throw new AuditQueryError('VALIDATION_FAILED', `first must be between 1 and ${JOURNAL_MAX_FIRST}`, { field: 'first' });
    }
    const badDate = invalidDateRange(filter);
    if (badDate) throw new AuditQueryError('VALIDATION_FAILED', `${badDate.field}: "${badDate.value}" is not a date`, { field: badDate.field });
    const start = page.after ? decodeJournalCursor(page.after) : 0;

    const events: AuditedEvent[] = [];
    let scannedTo = start; // every event at or below it has been examined
    let scanned = 0;
    let more = false;
    scan: for (;;) {
      const batch = await this.store.readAll({
        tenant,
        after: scannedTo,
        maxCount: this.pageSize,
        ...(filter.eventTypes?.length ? { eventTypes: filter.eventTypes } : {}),
      });
      if (batch.length === 0) break;
      for (const event of batch) {
        const matches = belongsToTenant(event, tenant) && matchesJournalFilter(event, filter);
        if (matches && events.length === first) {
          more = true; // one more match exists: the page ends at its last event
          break scan;
        }
        if (matches) events.push(describeEvent(event, this.labels));
        scannedTo = event.position;
        scanned += 1;
        if (scanned >= this.scanLimit) {
          more = true; // not known: let the caller go on from here
          break scan;
        }
      }
    }
    return { events, endCursor: encodeJournalCursor(scannedTo), hasNextPage: more };
  }
}

const CURSOR_PREFIX = 'journal:';

/** Opaque to clients; it is the last global position examined. */
export function encodeJournalCursor(position: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${position}`, 'utf8').toString('base64url');
}

export function decodeJournalCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const position = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(position) || position < 0 || encodeJournalCursor(position) !== cursor) {
    throw new AuditQueryError('VALIDATION_FAILED', 'after is not a cursor of this journal', { field: 'after' });
  }
  return position;
}
