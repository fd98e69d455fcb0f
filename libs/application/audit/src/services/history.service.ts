import { NO_UPCASTERS, StreamNotFound, parseStreamName, type EventStore, type RecordedEvent, type UpcasterRegistry } from '@cdv/eventsourcing';
import { buildHistory, EVENT_LABELS, folderFor, type EventLabels, type StateFolders, type StreamHistory } from '@cdv/projections-audit';
import { AuditQueryError } from './audit-errors';
import { checkTenant } from './tenant-log';

export interface HistoryServiceOptions {
  /** category → { initialState, evolve }: the contexts' deciders (`{ dossier: dossierDecider, … }`). */
  folders?: StateFolders;
  labels?: EventLabels;
  /** Events are upcast before folding, as the command handler does, so old versions fold like new ones. */
  upcasters?: UpcasterRegistry;
}

export interface HistoryQuery {
  /** Recorded time: only events recorded at or before it (docs/design.md §5 "as of"). */
  asOf?: string;
  /** Global position: only events at or below it. */
  asOfPosition?: number;
}

/** `historique(streamId)` (docs/design.md §5, §8): every event of a stream with who, when, why and what it changed. */
export class HistoryService {
  private readonly folders: StateFolders;
  private readonly labels: EventLabels;
  private readonly upcasters: UpcasterRegistry;

  constructor(
    private readonly store: EventStore,
    options: HistoryServiceOptions = {},
  ) {
    this.folders = options.folders ?? {};
    this.labels = options.labels ?? EVENT_LABELS;
    this.upcasters = options.upcasters ?? NO_UPCASTERS;
  }

  /** `stream` is `dossier-42` (the GraphQL streamId) or `mel:dossier-42`; another tenant's stream is refused. */
  async historique(tenant: string, stream: string, query: HistoryQuery = {}): Promise<StreamHistory> {
    const name = qualifiedStream(checkTenant(tenant), stream);
    const asOf = query.asOf === undefined ? undefined : Date.parse(query.asOf);
    if (asOf !== undefined && Number.isNaN(asOf)) throw new AuditQueryError('VALIDATION_FAILED', `asOf "${query.asOf}" is not a date`, { field: 'asOf' });
    let events: RecordedEvent[];
    try {
      events = await this.store.readStream(name);
    } catch (error) {
      if (error instanceof StreamNotFound) throw new AuditQueryError('NOT_FOUND', `stream ${stream} not found`, { what: 'stream', id: stream });
      throw error;
    }
    const visible = events.filter(
      (event) =>
        (query.asOfPosition === undefined || event.position <= query.asOfPosition) && (asOf === undefined || Date.parse(event.metadata.recordedAt) <= asOf),
    );
    const folder = folderFor(name, this.folders);
    return {
      stream: name,
      category: parseStreamName(name).category,
      entries: buildHistory(
        visible.map((event) => this.upcasters.upcast(event)),
        { folder, labels: this.labels },
      ),
    };
  }
}

/** Accepts a stream with or without its tenant prefix; a prefix naming another tenant is refused. */
export function qualifiedStream(tenant: string, stream: string): string {
  const colon = stream.indexOf(':');
  const full = colon < 0 ? `${tenant}:${stream}` : stream;
  let parsed;
  try {
    parsed = parseStreamName(full);
  } catch (error) {
    throw new AuditQueryError('VALIDATION_FAILED', (error as Error).message, { field: 'streamId' });
  }
  if (!/^[a-z][A-Za-z0-9_.-]*$/.test(full.slice(full.indexOf(':') + 1))) {
    throw new AuditQueryError('VALIDATION_FAILED', `"${stream}" is not a stream id (e.g. dossier-42)`, { field: 'streamId' });
  }
  if (parsed.tenant !== tenant) throw new AuditQueryError('TENANT_MISMATCH', `stream ${stream} is not in workspace ${tenant}`, { field: 'streamId' });
  return full;
}
