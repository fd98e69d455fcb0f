import { parseStreamName, type DomainEvent, type RecordedEvent } from '@cdv/eventsourcing';
import { diffStates, type FieldChange } from '@cdv/domain-audit';
import { EVENT_LABELS, type EventLabels } from '../labels/event-labels';
import { describeEvent, type AuditedEvent } from './audited-event';

/**
 * What the history needs of a context's decider: its state and evolve. A `Decider` fits as it is, so the
 * application registers `{ dossier: dossierDecider, appel: appelDecider, … }` by stream category.
 */
export interface StateFolder<S = unknown> {
  initialState(): S;
  evolve(state: S, event: DomainEvent): S;
}

export type StateFolders = Readonly<Record<string, StateFolder>>;

export interface HistoryEntry extends AuditedEvent {
  /** What the event changed: state before → after when a folder is known, else the fields of its payload. */
  changes: FieldChange[];
  /** `state`: diff of the folded state; `payload`: no decider for this stream (or evolve failed), fields the event set. */
  diffBasis: 'state' | 'payload';
  /** Set when evolve threw on this event: the history still shows it, diffed by payload. */
  foldError?: string;
}

export interface StreamHistory {
  stream: string;
  category: string;
  entries: HistoryEntry[];
}

/** The category's folder, or null: `dossier` for `mel:dossier-42`. */
export function folderFor(stream: string, folders: StateFolders): StateFolder | null {
  const { category } = parseStreamName(stream);
  return Object.prototype.hasOwnProperty.call(folders, category) ? folders[category] : null;
}

/**
 * Folds a stream event by event and diffs each state with the previous one. Pure: the events come in
 * revision order, already upcast by the caller.
 */
export function buildHistory(events: readonly RecordedEvent[], options: { folder?: StateFolder | null; labels?: EventLabels } = {}): HistoryEntry[] {
  const labels = options.labels ?? EVENT_LABELS;
  const folder = options.folder ?? null;
  let state: unknown = folder ? folder.initialState() : undefined;
  return events.map((event) => {
    const base = describeEvent(event, labels);
    if (!folder) return { ...base, changes: diffStates(undefined, event.data), diffBasis: 'payload' };
    // Snapshot first: an evolve that mutates its input would otherwise erase the "before" side.
    const before = snapshot(state);
    try {
      state = folder.evolve(state, { type: event.type, data: event.data });
      return { ...base, changes: diffStates(before, state), diffBasis: 'state' };
    } catch (error) {
      state = before;
      return { ...base, changes: diffStates(undefined, event.data), diffBasis: 'payload', foldError: (error as Error).message };
    }
  });
}

function snapshot(state: unknown): unknown {
  try {
    return structuredClone(state);
  } catch {
    return state; // not cloneable (functions inside): evolve functions are expected to be pure anyway
  }
}
