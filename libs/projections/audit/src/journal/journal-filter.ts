import { dossiersConcernes, financeursConcernes } from '@cdv/domain-programmation';
import type { RecordedEvent } from '@cdv/eventsourcing';

/** A date range: `from` inclusive, `to` exclusive (ISO 8601 dates or date-times). */
export interface DateRange {
  from?: string;
  to?: string;
}

/** Every criterion given must hold (AND); a list criterion matches any of its values. */
export interface JournalFilter {
  /** actor.userId */
  userId?: string;
  /** actor.organisationId */
  organisationId?: string;
  eventTypes?: readonly string[];
  recorded?: DateRange;
  /** Business date: effectiveAt, or recordedAt when the event has no separate effective date. */
  effective?: DateRange;
  /** A stream, with or without its tenant prefix (`dossier-42` or `mel:dossier-42`). */
  stream?: string;
  /**
   * The dossier's own stream, and every event that concerns it (`dossiersConcernes`: a comité's decisions, a
   * convention's dossiers, a tranche, a deposit carrying it on).
   */
  dossierId?: string;
  /** Events that concern this financeur (`financeursConcernes`: its lines, envelopes, votes in a comité, conventions it signs). */
  financeurId?: string;
}

export function matchesJournalFilter(event: RecordedEvent, filter: JournalFilter): boolean {
  const { metadata } = event;
  if (filter.userId !== undefined && metadata.actor.userId !== filter.userId) return false;
  if (filter.organisationId !== undefined && metadata.actor.organisationId !== filter.organisationId) return false;
  if (filter.eventTypes !== undefined && filter.eventTypes.length > 0 && !filter.eventTypes.includes(event.type)) return false;
  if (filter.recorded && !inRange(metadata.recordedAt, filter.recorded)) return false;
  if (filter.effective && !inRange(metadata.effectiveAt ?? metadata.recordedAt, filter.effective)) return false;
  if (filter.stream !== undefined) {
    const local = event.stream.slice(event.stream.indexOf(':') + 1);
    if (event.stream !== filter.stream && local !== filter.stream) return false;
  }
  if (filter.dossierId !== undefined && !concernsDossier(event, filter.dossierId)) return false;
  if (filter.financeurId !== undefined && !financeursConcernes(event).includes(filter.financeurId)) return false;
  return true;
}

/** Checks a filter's dates once, before scanning (a typo would otherwise silently match nothing). */
export function invalidDateRange(filter: JournalFilter): { field: string; value: string } | null {
  for (const [name, range] of [
    ['recorded', filter.recorded],
    ['effective', filter.effective],
  ] as const) {
    for (const bound of ['from', 'to'] as const) {
      const value = range?.[bound];
      if (value !== undefined && Number.isNaN(Date.parse(value))) return { field: `${name}.${bound}`, value };
    }
  }
  return null;
}

export function concernsDossier(event: RecordedEvent, dossierId: string): boolean {
  return event.stream.endsWith(`:dossier-${dossierId}`) || dossiersConcernes(event).includes(dossierId);
}

function inRange(date: string | undefined, range: DateRange): boolean {
  if (date === undefined) return false;
  const at = Date.parse(date);
  if (Number.isNaN(at)) return false;
  if (range.from !== undefined && at < Date.parse(range.from)) return false;
  if (range.to !== undefined && at >= Date.parse(range.to)) return false;
  return true;
}
