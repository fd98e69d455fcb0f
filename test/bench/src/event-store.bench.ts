import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SqliteEventStore } from '@cdv/event-store';
import { prepareAppend, uuidv7, type Command, type Decider, type DomainEvent, type EventContext, type NewEvent } from '@cdv/eventsourcing';
import { formatRate, medianRate, printTable, timed, withTempDir, type Bench } from './bench';
import { creerCommandHandler } from '@cdv/platform';

/**
 * docs/design.md §10, embedded store: ≥ 50 000 events/s batched, ≥ 5 000 single-event commands/s through the command
 * handler, each ≥ 0.5× raw better-sqlite3 inserts of the same rows. Every adapter figure is printed beside a
 * baseline measured in this run: raw better-sqlite3 on the same table (same schema and indexes, same WAL and
 * synchronous settings), inserting/selecting the very rows the adapter writes (same JSON bytes), prepared
 * outside the timed section.
 */
const SINGLE_EVENTS = 5_000;
const BATCHED_EVENTS = 50_000;
const BATCH = 100;
const COMMANDS = 3_000;
const COMMANDS_PER_STREAM = 10;
const PAGE = 1_000;
const REPEAT = 3;
/** The diagnostic rows only explain the others: one run is enough. */
const REPEAT_DIAGNOSTIC = 1;
const TENANT = 'bench';

interface Row {
  id: string;
  stream: string;
  revision: number;
  tenant: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

export const eventStoreBench: Bench = {
  name: 'event-store',
  async run() {
    await withTempDir('cdv-bench-event-store-', async (dir) => {
      let files = 0;
      const aFile = () => join(dir, `store-${++files}.db`);
      const rows: string[][] = [];

      // 1-event appends: one transaction (one commit) per event.
      const singleBatches = batchesOf(SINGLE_EVENTS, 1, 1_000);
      const singleRows = rowsFor(singleBatches);
      const rawSingle = await medianRate(REPEAT, () => rawInserts(aFile(), singleRows, 1));
      const single = await medianRate(REPEAT, () => adapterAppends(aFile(), singleBatches));
      rows.push(row('append, 1-event batches (SqliteEventStore.append)', single, 'raw INSERT, 1 row per commit', rawSingle, '≥ 0.5×'));

      // 100-event appends: one transaction per batch.
      const batches = batchesOf(BATCHED_EVENTS, BATCH, BATCHED_EVENTS / BATCH / 10);
      const batchedRows = rowsFor(batches);
      const rawBatched = await medianRate(REPEAT, () => rawInserts(aFile(), batchedRows, BATCH));
      const batched = await medianRate(REPEAT, () => adapterAppends(aFile(), batches));
      rows.push(row(`append, ${BATCH}-event batches`, batched, `raw INSERT, ${BATCH} rows per commit`, rawBatched, '≥ 50 000/s, ≥ 0.5×'));
      // Where the time goes: the tamper-evidence hash (docs/design.md §5) that the raw baseline does not compute.
      const rawHashed = await medianRate(REPEAT_DIAGNOSTIC, () => rawInsertsHashing(aFile(), batches));
      rows.push(row(`append, ${BATCH}-event batches`, batched, 'raw INSERT + prepareAppend (hash)', rawHashed, '(diagnostic)'));
      const hashOnly = await medianRate(REPEAT_DIAGNOSTIC, async () => ({ count: BATCHED_EVENTS, ms: await timed(() => void rowsFor(batches)) }));
      rows.push(['prepareAppend + JSON.stringify only (no I/O)', formatRate(hashOnly), '', '', '', '(diagnostic)']);

      // Commands: read the stream, fold, decide, append one event (CommandHandler), 10 commands per stream.
      const commands = await medianRate(REPEAT, () => handlerCommands(aFile()));
      rows.push(row('single-event commands (CommandHandler.handle)', commands, 'raw INSERT, 1 row per commit', rawSingle, '≥ 5 000/s, ≥ 0.5×'));

      // $all in pages of 1 000 (what a projection rebuild reads), over the 50 000 events written above.
      const readFile = aFile();
      await adapterAppends(readFile, batches);
      const rawRead = await medianRate(REPEAT, () => rawPages(readFile, false));
      const rawReadParsed = await medianRate(REPEAT, () => rawPages(readFile, true));
      const read = await medianRate(REPEAT, () => adapterPages(readFile));
      rows.push(row(`readAll, pages of ${PAGE}`, read, 'raw SELECT (arrays), same pages', rawRead, '(rebuild ≥ 100 000/s)'));
      rows.push(row(`readAll, pages of ${PAGE}`, read, 'raw SELECT + JSON.parse', rawReadParsed, ''));

      printTable(['scenario', 'events/s', 'baseline (same rows, same run)', 'baseline/s', 'ratio', 'docs/design.md §10'], rows);
      console.log(
        `\nmedian of ${REPEAT} runs each (diagnostics: ${REPEAT_DIAGNOSTIC}), fresh file per run; WAL, synchronous=NORMAL; ${SINGLE_EVENTS} single events over 1 000 streams, ` +
          `${BATCHED_EVENTS} batched events over ${BATCHED_EVENTS / BATCH / 10} streams, ${COMMANDS} commands over ${COMMANDS / COMMANDS_PER_STREAM} streams; ` +
          `event JSON ≈ ${averageSize(rowsFor(batchesOf(100, 1, 1)))} bytes (data + metadata).`,
      );
    });
  },
};

function row(scenario: string, rate: number, baseline: string, baselineRate: number, target: string): string[] {
  return [scenario, formatRate(rate), baseline, formatRate(baselineRate), `${(rate / baselineRate).toFixed(2)}×`, target];
}

// --- workloads ------------------------------------------------------------------------------------------

interface Batch {
  stream: string;
  events: NewEvent[];
}

/** `total` events in batches of `size`, spread round-robin over `streams` streams. */
function batchesOf(total: number, size: number, streams: number): Batch[] {
  return Array.from({ length: total / size }, (_, index) => ({
    stream: `${TENANT}:dossier-${index % streams}`,
    events: Array.from({ length: size }, (_, offset) => aDossierEvent(index * size + offset)),
  }));
}

const context: EventContext = {
  tenantId: TENANT,
  actor: { userId: 'agent-0042', role: 'agent', organisationId: 'epci-200093201' },
  source: 'api',
  commandId: '0190f5a2-7c1e-7a3b-9c2d-5e6f7a8b9c0d',
  correlationId: '0190f5a2-7c1e-7a3b-9c2d-5e6f7a8b9c0e',
};

/** A DossierDepose-sized event (docs/design.md §3). */
function aDossierEvent(index: number): NewEvent {
  return {
    id: uuidv7(),
    type: 'DossierDepose',
    data: {
      dossierId: `D-2024-${String(index).padStart(6, '0')}`,
      appel: 2024,
      titre: "Atelier d'insertion par le sport — quartier de l'Épeule",
      description: 'Accompagnement de 40 jeunes de 16 à 25 ans vers l’emploi par des ateliers collectifs hebdomadaires.',
      porteurId: 'asso-0007',
      qpv: ['QN05901M', 'QN05902M'],
      communes: ['59512'],
      coutTotalCents: 4_250_000 + index,
      publics: ['jeunes', 'femmes'],
      tags: ['emploi', 'sport'],
    },
    metadata: context,
  };
}

/** The rows the adapter would write for these batches (same ids, same JSON), computed outside the timed part. */
function rowsFor(batches: Batch[], heads = new Map<string, { revision: number; hash: string | null }>()): Row[] {
  return batches.flatMap(({ stream, events }) => {
    const prepared = prepareAppend(stream, events, heads.get(stream) ?? { revision: -1, hash: null });
    const last = prepared[prepared.length - 1];
    heads.set(stream, { revision: last.revision, hash: last.metadata.hash });
    return prepared.map((event) => ({
      id: event.id,
      stream,
      revision: event.revision,
      tenant: TENANT,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: JSON.stringify(event.data),
      metadata: JSON.stringify(event.metadata),
    }));
  });
}

function averageSize(rows: Row[]): number {
  return Math.round(rows.reduce((sum, row) => sum + row.data.length + row.metadata.length, 0) / rows.length);
}

/** A connection on a file created by the adapter (same schema, indexes, WAL), with the adapter's per-connection pragmas. */
function rawConnection(file: string): Database.Database {
  void new SqliteEventStore(file).close(); // creates the schema; closing is synchronous underneath
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -32000');
  return db;
}

async function rawInserts(file: string, rows: Row[], perCommit: number): Promise<{ count: number; ms: number }> {
  const db = rawConnection(file);
  const insert = db.prepare('INSERT INTO events (id, stream, revision, tenant, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const commit = db.transaction((slice: Row[]) => {
    for (const r of slice) insert.run(r.id, r.stream, r.revision, r.tenant, r.type, r.schemaVersion, r.data, r.metadata);
  });
  const ms = await timed(() => {
    for (let index = 0; index < rows.length; index += perCommit) commit.immediate(rows.slice(index, index + perCommit));
  });
  db.close();
  return { count: rows.length, ms };
}

/** The raw baseline doing what the port requires besides SQL: envelope, canonical JSON, SHA-256 chain, JSON text. */
async function rawInsertsHashing(file: string, batches: Batch[]): Promise<{ count: number; ms: number }> {
  const db = rawConnection(file);
  const insert = db.prepare('INSERT INTO events (id, stream, revision, tenant, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const commit = db.transaction((slice: Row[]) => {
    for (const r of slice) insert.run(r.id, r.stream, r.revision, r.tenant, r.type, r.schemaVersion, r.data, r.metadata);
  });
  let count = 0;
  const heads = new Map<string, { revision: number; hash: string | null }>();
  const ms = await timed(() => {
    for (const batch of batches) {
      const slice = rowsFor([batch], heads);
      commit.immediate(slice);
      count += slice.length;
    }
  });
  db.close();
  return { count, ms };
}

async function adapterAppends(file: string, batches: Batch[]): Promise<{ count: number; ms: number }> {
  const store = new SqliteEventStore(file);
  const revisions = new Map<string, number>();
  let count = 0;
  const ms = await timed(async () => {
    for (const { stream, events } of batches) {
      const result = await store.append(stream, events, { expectedRevision: revisions.get(stream) ?? 'no_stream' });
      revisions.set(stream, result.nextExpectedRevision);
      count += events.length;
    }
  });
  await store.close();
  return { count, ms };
}

type Deposer = Command<'Deposer', { dossierId: string; coutTotalCents: number }>;
type Depose = DomainEvent<'DossierDepose', Record<string, unknown>>;
const DOSSIER_DATA = aDossierEvent(0).data as Record<string, unknown>;
/** A trivial decider: every command records one event of the usual size; the state counts them (the history is folded). */
const trivialDecider: Decider<Deposer, Depose, { count: number }> = {
  initialState: () => ({ count: 0 }),
  evolve: (state) => ({ count: state.count + 1 }),
  decide: (command) => [{ type: 'DossierDepose', data: { ...DOSSIER_DATA, dossierId: command.data.dossierId, coutTotalCents: command.data.coutTotalCents } }],
};

async function handlerCommands(file: string): Promise<{ count: number; ms: number }> {
  const store = new SqliteEventStore(file);
  const handler = creerCommandHandler(store);
  const streams = COMMANDS / COMMANDS_PER_STREAM;
  const ms = await timed(async () => {
    for (let index = 0; index < COMMANDS; index++) {
      const command: Deposer = {
        type: 'Deposer',
        data: { dossierId: `D-${index}`, coutTotalCents: 100 },
        metadata: { ...context, commandId: uuidv7(), now: '2024-03-01T09:00:00.000Z' },
      };
      const result = await handler.handle(trivialDecider, { stream: `${TENANT}:dossier-${index % streams}`, command });
      if (!result.ok) throw new Error(`command refused: ${result.refusal.message}`);
    }
  });
  await store.close();
  return { count: COMMANDS, ms };
}

async function rawPages(file: string, parse: boolean): Promise<{ count: number; ms: number }> {
  const db = rawConnection(file);
  // Arrays (raw mode), better-sqlite3's fastest way to fetch rows, as the adapter does.
  const page = db
    .prepare<[number, number], [number, string, string, number, string, number, string, string]>(
      'SELECT position, id, stream, revision, type, schema_version, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT ?',
    )
    .raw(true);
  let count = 0;
  const ms = await timed(() => {
    let after = 0;
    for (;;) {
      const rows = page.all(after, PAGE);
      if (rows.length === 0) break;
      if (parse) {
        for (const r of rows) {
          JSON.parse(r[6]);
          JSON.parse(r[7]);
        }
      }
      count += rows.length;
      after = rows[rows.length - 1][0];
    }
  });
  db.close();
  return { count, ms };
}

async function adapterPages(file: string): Promise<{ count: number; ms: number }> {
  const store = new SqliteEventStore(file);
  let count = 0;
  const ms = await timed(async () => {
    let after = 0;
    for (;;) {
      const events = await store.readAll({ after, maxCount: PAGE });
      if (events.length === 0) break;
      count += events.length;
      after = events[events.length - 1].position;
    }
  });
  await store.close();
  return { count, ms };
}
