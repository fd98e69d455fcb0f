import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  IdempotencyConflict,
  InvalidAppend,
  StreamNotFound,
  Wakeup,
  WrongExpectedRevision,
  checkExpectedRevision,
  pollingSubscription,
  prepareAppend,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type EventSubscription,
  type ExpectedRevision,
  type NewEvent,
  type ReadAllOptions,
  type ReadStreamOptions,
  type RecordedEvent,
  type SubscribeOptions,
} from '@cdv/eventsourcing';

/**
 * `normal`: a commit survives a process kill, not always a power loss (see docs/adr/0002). `full`: the WAL
 * is fsynced at every commit, durable against power loss, about ten times fewer commits per second.
 */
export type SqliteSynchronous = 'normal' | 'full';

export interface SqliteEventStoreOptions {
  /** Default `normal` (docs/adr/0002-sqlite-event-store-durability.md). */
  synchronous?: SqliteSynchronous;
  /** How often a live subscription looks for appends made by other processes (ms, default 250). */
  pollIntervalMs?: number;
  /** How long a writer waits for another process's write lock before failing with SQLITE_BUSY (ms, default 5000). */
  busyTimeoutMs?: number;
}

/**
 * One table, one row per event. The rowid is the global position, so $all is in commit order: SQLite has a
 * single writer and we never delete, hence a reader never sees position p + 1 before p. The tenant is a
 * column (indexed with the position) so that a tenant's $all is an index range, not a JSON scan.
 */
export const SQLITE_EVENT_STORE_SCHEMA = `
CREATE TABLE IF NOT EXISTS events (
  position       INTEGER PRIMARY KEY,
  id             TEXT    NOT NULL UNIQUE,
  stream         TEXT    NOT NULL,
  revision       INTEGER NOT NULL,
  tenant         TEXT    NOT NULL,
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  data           TEXT    NOT NULL,
  metadata       TEXT    NOT NULL,
  UNIQUE (stream, revision)
);
CREATE INDEX IF NOT EXISTS events_by_tenant ON events (tenant, position);
CREATE INDEX IF NOT EXISTS events_by_type ON events (type, position);
`;

const SCHEMA_VERSION = 1;
const COLUMNS = 'position, id, stream, revision, type, schema_version, data, metadata';

/** A row of COLUMNS in raw mode: arrays are cheaper to build than objects, and reads are most of the work. */
type EventRow = [position: number, id: string, stream: string, revision: number, type: string, schemaVersion: number, data: string, metadata: string];

interface HeadRow {
  revision: number;
  hash: string | null;
}

/** better-sqlite3 adapter of the event store port: one durable file in WAL mode, the embedded default. */
export class SqliteEventStore implements EventStore {
  private readonly db: Database.Database;
  private readonly wakeup = new Wakeup();
  private readonly pollIntervalMs: number;
  private closed = false;

  private readonly headStatement: Database.Statement<[string], HeadRow>;
  private readonly insertStatement: Database.Statement<[string, string, number, string, string, number, string, string]>;
  private readonly existsStatement: Database.Statement<[string], { found: number }>;
  private readonly streamStatements = new Map<string, Database.Statement<unknown[], EventRow>>();
  private readonly byIdsStatement: Database.Statement<[string], EventRow>;
  private readonly headPositionStatement: Database.Statement<[], { position: number | null }>;
  private readonly tenantHeadPositionStatement: Database.Statement<[string], { position: number | null }>;
  private readonly readAllStatements = new Map<string, Database.Statement<unknown[], EventRow>>();
  private readonly appendTransaction: Database.Transaction<(stream: string, events: readonly NewEvent[], expected: ExpectedRevision) => RecordedEvent[]>;

  /** `file` is a path (its folder is created) or `:memory:`. */
  constructor(
    readonly file: string,
    options: SqliteEventStoreOptions = {},
  ) {
    if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.db = new Database(file);
    this.db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${(options.synchronous ?? 'normal') === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('cache_size = -32000');
    this.migrate();

    this.headStatement = this.db.prepare(
      `SELECT revision, json_extract(metadata, '$.hash') AS hash FROM events WHERE stream = ? ORDER BY revision DESC LIMIT 1`,
    );
    this.insertStatement = this.db.prepare(
      'INSERT INTO events (id, stream, revision, tenant, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.existsStatement = this.db.prepare('SELECT 1 AS found FROM events WHERE stream = ? LIMIT 1');
    this.byIdsStatement = this.db.prepare<[string], EventRow>(`SELECT ${COLUMNS} FROM events WHERE id IN (SELECT value FROM json_each(?))`).raw(true);
    this.headPositionStatement = this.db.prepare('SELECT MAX(position) AS position FROM events');
    this.tenantHeadPositionStatement = this.db.prepare('SELECT MAX(position) AS position FROM events WHERE tenant = ?');

    // IMMEDIATE (see append): the head we chain from cannot change before our commit, even from another process.
    this.appendTransaction = this.db.transaction((stream: string, events: readonly NewEvent[], expected: ExpectedRevision) => {
      const head = this.headStatement.get(stream);
      const actual = head ? head.revision : -1;
      checkExpectedRevision(stream, expected, actual);
      const prepared = prepareAppend(stream, events, { revision: actual, hash: head?.hash ?? null });
      const tenant = prepared[0].metadata.tenantId;
      for (const event of prepared) {
        const info = this.insertStatement.run(
          event.id,
          stream,
          event.revision,
          tenant,
          event.type,
          event.schemaVersion,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
        );
        event.position = Number(info.lastInsertRowid);
      }
      return prepared;
    });
  }

  async append(stream: string, events: readonly NewEvent[], options: { expectedRevision: ExpectedRevision }): Promise<AppendResult> {
    this.assertOpen();
    let appended: RecordedEvent[];
    try {
      appended = this.appendTransaction.immediate(stream, events, options.expectedRevision);
    } catch (error) {
      // The fast path relies on the UNIQUE id index instead of looking every id up: only a failed append
      // pays for finding out whether it was a retry of a stored batch.
      const duplicateId = isUniqueViolation(error, 'events.id');
      if (error instanceof WrongExpectedRevision || duplicateId) {
        const replay = this.storedBatch(stream, events);
        if (replay) return replay;
        if (duplicateId) throw new InvalidAppend(`append to ${stream}: the batch repeats an event id`);
      }
      throw error;
    }
    this.wakeup.notify();
    return result(appended);
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    const backwards = options.direction === 'backwards';
    const params: unknown[] = [stream, options.fromRevision ?? (backwards ? Number.MAX_SAFE_INTEGER : 0)];
    if (options.maxCount !== undefined) params.push(options.maxCount);
    const rows = this.streamStatement(backwards, options.maxCount !== undefined).all(...params);
    if (rows.length === 0 && !this.existsStatement.get(stream)) throw new StreamNotFound(stream);
    return rows.map(toRecordedEvent);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    this.assertOpen();
    if (options.eventTypes?.length === 0) return [];
    if (options.eventTypes !== undefined && options.maxCount !== undefined) return this.readTypesInWindows(options, options.maxCount);
    return this.readAllRows(options).map(toRecordedEvent);
  }

  private readAllRows(options: ReadAllOptions): EventRow[] {
    const params: unknown[] = [options.after ?? 0];
    if (options.until !== undefined) params.push(options.until);
    if (options.tenant !== undefined) params.push(options.tenant);
    if (options.eventTypes !== undefined) params.push(JSON.stringify(options.eventTypes));
    if (options.maxCount !== undefined) params.push(options.maxCount);
    return this.readAllStatement(options).all(...params);
  }

  /**
   * A page of some event types. SQLite answers `type IN (…) ORDER BY position LIMIT n` through the type index by
   * collecting and sorting every later event of those types, for each page: quadratic over a catch-up. Reading
   * windows of positions that grow until the page is full bounds each query, however dense or rare the types are.
   */
  private readTypesInWindows(options: ReadAllOptions, maxCount: number): RecordedEvent[] {
    // a subscription passes the head it has just read: no need to read it again
    const until = options.until ?? (this.headPositionStatement.get() as { position: number | null }).position ?? 0;
    const events: RecordedEvent[] = [];
    let from = options.after ?? 0;
    let window = Math.max(2 * maxCount, 1_000);
    while (from < until && events.length < maxCount) {
      const to = Math.min(until, from + window);
      for (const row of this.readAllRows({ ...options, after: from, until: to, maxCount: maxCount - events.length })) events.push(toRecordedEvent(row));
      from = to;
      window *= 4;
    }
    return events;
  }

  subscribe(options: SubscribeOptions = {}): EventSubscription {
    this.assertOpen();
    return pollingSubscription(this, this.wakeup, options, () => this.closed, this.pollIntervalMs);
  }

  async headPosition(options: { tenant?: string } = {}): Promise<number> {
    this.assertOpen();
    const row = options.tenant === undefined ? this.headPositionStatement.get() : this.tenantHeadPositionStatement.get(options.tenant);
    return row?.position ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.wakeup.notify();
    this.db.close();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) {
      throw new Error(`${this.file}: event store schema version ${version} is newer than this code (${SCHEMA_VERSION})`);
    }
    this.db.exec(SQLITE_EVENT_STORE_SCHEMA);
    if (version < SCHEMA_VERSION) this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }

  /** One prepared statement per direction, with or without a limit (a bound `LIMIT -1` is measurably slower). */
  private streamStatement(backwards: boolean, limited: boolean): Database.Statement<unknown[], EventRow> {
    const key = `${backwards}${limited}`;
    let statement = this.streamStatements.get(key);
    if (!statement) {
      const range = backwards ? 'revision <= ? ORDER BY revision DESC' : 'revision >= ? ORDER BY revision';
      statement = this.db.prepare<unknown[], EventRow>(`SELECT ${COLUMNS} FROM events WHERE stream = ? AND ${range}${limited ? ' LIMIT ?' : ''}`).raw(true);
      this.streamStatements.set(key, statement);
    }
    return statement;
  }

  /** One prepared statement per combination of filters (at most 16), built on first use. */
  private readAllStatement(options: ReadAllOptions): Database.Statement<unknown[], EventRow> {
    const key = [options.until, options.tenant, options.eventTypes, options.maxCount].map((option) => (option === undefined ? '0' : '1')).join('');
    let statement = this.readAllStatements.get(key);
    if (!statement) {
      const where = ['position > ?'];
      if (options.until !== undefined) where.push('position <= ?');
      if (options.tenant !== undefined) where.push('tenant = ?');
      if (options.eventTypes !== undefined) where.push('type IN (SELECT value FROM json_each(?))');
      const limit = options.maxCount !== undefined ? ' LIMIT ?' : '';
      statement = this.db.prepare<unknown[], EventRow>(`SELECT ${COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position${limit}`).raw(true);
      this.readAllStatements.set(key, statement);
    }
    return statement;
  }

  /** The original result when every event id of the batch is stored in this stream; throws on a partial overlap. */
  private storedBatch(stream: string, events: readonly NewEvent[]): AppendResult | null {
    const ids = events.flatMap((event) => (event.id ? [event.id] : []));
    if (ids.length === 0) return null;
    const stored = new Map(this.byIdsStatement.all(JSON.stringify(ids)).map((row) => [row[1], row]));
    const known = ids.filter((id) => stored.get(id)?.[2] === stream);
    if (known.length === 0) {
      const elsewhere = ids.find((id) => stored.has(id));
      if (elsewhere) {
        throw new InvalidAppend(`append to ${stream}: event id ${elsewhere} is stored already in stream ${stored.get(elsewhere)?.[2]}`);
      }
      return null;
    }
    if (known.length < events.length) throw new IdempotencyConflict(stream, known);
    return { ...result(ids.map((id) => toRecordedEvent(stored.get(id) as EventRow))), alreadyStored: true };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error(`event store ${this.file} is closed`);
  }
}

function toRecordedEvent([position, id, stream, revision, type, schemaVersion, data, metadata]: EventRow): RecordedEvent {
  return { id, type, schemaVersion, stream, revision, position, data: JSON.parse(data), metadata: JSON.parse(metadata) as EventMetadata };
}

function result(events: RecordedEvent[]): AppendResult {
  return {
    nextExpectedRevision: events[events.length - 1].revision,
    positions: events.map((event) => event.position),
    events,
  };
}

/**
 * By shape, not `instanceof`: the native addon keeps the error class of the first copy of better-sqlite3 loaded
 * in the process, so a second copy (each Jest test file, with its own realm) gets instances of a foreign class.
 */
function isUniqueViolation(error: unknown, column: string): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === 'SQLITE_CONSTRAINT_UNIQUE' && typeof message === 'string' && message.includes(column);
}
