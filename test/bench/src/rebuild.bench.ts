import Database from 'better-sqlite3';
import { join } from 'node:path';
import { SQLITE_EVENT_STORE_SCHEMA, SqliteEventStore } from '@cdv/event-store';
import { isUuid, type Projection, type ReadDocument } from '@cdv/eventsourcing';
import { AsOfReader, EmbeddedReadStore, rebuildProjection, type PipelineStage } from '@cdv/read-store';
import { formatRate, printTable, timed, withTempDir, type Bench } from './bench';

/**
 * docs/design.md §10, read side: projection rebuild ≥ 100 000 events/s on the embedded read store, and an as-of read
 * model over a tenant's 100 000 events in ≤ 1 s. The rebuild rate is printed beside the raw cost of reading and
 * JSON-parsing the same events from the same SQLite file (a projector cannot go faster than its reads).
 */
const EVENTS = 1_000_000;
const TENANTS = ['mel', 'valenciennes-metropole', 'cabbalr', 'grand-nancy', 'cahc'];
const DOSSIERS_PER_TENANT = 10_000;
const AS_OF_EVENTS = 100_000;
const AS_OF_DOSSIERS = 5_000;
const PAGE = 5_000;
const FINANCEURS = ['etat', 'region', 'departement', 'epci', 'caf', 'bailleur'];

// --- the read model: a dossier list keyed by dossier id, amounts summed per financeur line ---------------

interface Montant {
  demande: number;
  vote: number;
  verse: number;
}
interface DossierRow extends ReadDocument {
  titre: string;
  porteurId: string;
  annee: number;
  statut: 'depose' | 'finance' | 'solde';
  lignes: Record<string, Montant>;
  total: Montant;
  evenements: number;
}
interface BenchData {
  dossierId: string;
  titre?: string;
  porteurId?: string;
  annee?: number;
  financeur?: string;
  montant?: number;
}

const AMOUNT_FIELD: Record<string, keyof Montant> = { LigneDemandee: 'demande', LigneVotee: 'vote', VersementEnregistre: 'verse' };

export const dossierListBench: Projection<DossierRow> = {
  name: 'dossiers',
  version: 1,
  eventTypes: ['DossierDepose', 'LigneDemandee', 'LigneVotee', 'VersementEnregistre'],
  documentIds: (event) => [(event.data as BenchData).dossierId],
  evolve(document, event) {
    const data = event.data as BenchData;
    if (event.type === 'DossierDepose') {
      const zero = { demande: 0, vote: 0, verse: 0 };
      return {
        _id: data.dossierId,
        titre: data.titre ?? '',
        porteurId: data.porteurId ?? '',
        annee: data.annee ?? 0,
        statut: 'depose',
        lignes: {},
        total: zero,
        evenements: 1,
      };
    }
    if (!document) return null;
    const field = AMOUNT_FIELD[event.type];
    const financeur = data.financeur as string;
    const amount = data.montant ?? 0;
    const ligne = document.lignes[financeur] ?? { demande: 0, vote: 0, verse: 0 };
    return {
      ...document,
      statut: field === 'verse' ? 'solde' : field === 'vote' ? 'finance' : document.statut,
      lignes: { ...document.lignes, [financeur]: { ...ligne, [field]: ligne[field] + amount } },
      total: { ...document.total, [field]: document.total[field] + amount },
      evenements: document.evenements + 1,
    };
  },
  indexes: [{ keys: { statut: 1 } }, { keys: { porteurId: 1 } }],
};

/** What `programmation(annee)` asks of it: totals per financeur line. */
const parFinanceur: PipelineStage[] = [
  { $match: { annee: 2024 } },
  { $project: { lignes: { $objectToArray: '$lignes' } } },
  { $unwind: '$lignes' },
  {
    $group: {
      _id: '$lignes.k',
      demande: { $sum: '$lignes.v.demande' },
      vote: { $sum: '$lignes.v.vote' },
      verse: { $sum: '$lignes.v.verse' },
      dossiers: { $sum: 1 },
    },
  },
  { $sort: { _id: 1 } },
];

export const rebuildBench: Bench = {
  name: 'rebuild',
  async run() {
    await withTempDir('cdv-bench-rebuild-', async (dir) => {
      // 1. rebuild over 1 000 000 events of 5 tenants, beside the raw read of the same events
      const file = join(dir, 'events.db');
      const generation = await timed(() => writeSyntheticEvents(file, EVENTS, TENANTS, DOSSIERS_PER_TENANT));
      console.log(
        `${formatRate(EVENTS)} synthetic events written in ${(generation / 1000).toFixed(1)} s (${TENANTS.length} tenants, ${formatRate(TENANTS.length * DOSSIERS_PER_TENANT)} dossiers)\n`,
      );

      const rawMs = await timed(() => rawReadAndParse(file));
      const store = new SqliteEventStore(file);
      const readAllMs = await timed(async () => {
        for (let after = 0, count = PAGE; count === PAGE;) {
          const events = await store.readAll({ after, maxCount: PAGE });
          count = events.length;
          if (count > 0) after = events[count - 1].position;
        }
      });

      const readStore = new EmbeddedReadStore();
      let lastPrint = 0;
      const rebuild = await rebuildProjection({
        eventStore: store,
        readStore,
        projection: dossierListBench,
        batchSize: PAGE,
        keepRunning: false,
        progressIntervalMs: 2_000,
        onProgress: (progress) => {
          if (progress.phase !== 'building' || progress.done === 0 || progress.done - lastPrint < 200_000) return;
          lastPrint = progress.done;
          console.log(
            `  rebuilding: ${formatRate(progress.done)}/${formatRate(progress.total)} events, ${formatRate(progress.ratePerSecond)}/s, ETA ${progress.etaSeconds?.toFixed(1)} s`,
          );
        },
      });
      const documents = (await Promise.all(TENANTS.map((tenant) => readStore.forTenant(tenant).readModel('dossiers').count()))).reduce((a, b) => a + b, 0);
      await store.close();

      const rebuildRate = (rebuild.events / rebuild.durationMs) * 1000;
      const rawRate = (EVENTS / rawMs) * 1000;
      const readAllRate = (EVENTS / readAllMs) * 1000;
      const projectionOnly = (EVENTS / Math.max(1, rebuild.durationMs - readAllMs)) * 1000;
      console.log('');
      printTable(
        ['scenario', 'events/s', 'ratio to rebuild', 'docs/design.md §10'],
        [
          ['rebuild into the embedded read store (rebuildProjection, batches of 5 000)', formatRate(rebuildRate), '1.00×', '≥ 100 000/s'],
          ['baseline: raw SELECT + JSON.parse of data and metadata, pages of 5 000', formatRate(rawRate), `${(rebuildRate / rawRate).toFixed(2)}×`, ''],
          ['baseline: SqliteEventStore.readAll, pages of 5 000', formatRate(readAllRate), `${(rebuildRate / readAllRate).toFixed(2)}×`, ''],
          ['derived: projection + read store alone (rebuild time − readAll time)', formatRate(projectionOnly), '', ''],
        ],
      );
      console.log(
        `\n${formatRate(rebuild.events)} events → ${formatRate(documents)} documents in ${(rebuild.durationMs / 1000).toFixed(1)} s; heap ${Math.round(process.memoryUsage().heapUsed / 1e6)} MB.\n`,
      );

      // 2. as-of reads of one tenant with 100 000 events
      const asOfFile = join(dir, 'as-of.db');
      await writeSyntheticEvents(asOfFile, AS_OF_EVENTS, ['mel'], AS_OF_DOSSIERS);
      const asOfStore = new SqliteEventStore(asOfFile);
      const head = await asOfStore.headPosition();
      const query = async (reader: AsOfReader, point: { position: number } | { asOf: string }) => {
        const model = await reader.readModel('dossiers', 'mel', point);
        return model.aggregate(parFinanceur);
      };

      const noSnapshots = await timed(async () => {
        await query(new AsOfReader({ eventStore: asOfStore, projections: [dossierListBench], snapshotEvery: Number.MAX_SAFE_INTEGER }), { position: head });
      });
      const reader = new AsOfReader({ eventStore: asOfStore, projections: [dossierListBench] });
      const cold = await timed(async () => {
        await query(reader, { position: head });
      });
      const random = seeded(11);
      const positions = Array.from({ length: 30 }, () => 1 + Math.floor(random() * head));
      const warm = await latencies(positions.map((position) => () => query(reader, { position })));
      const times = Array.from({ length: 30 }, () => new Date(Date.parse(START) + Math.floor(random() * AS_OF_EVENTS) * STEP_MS + 1).toISOString());
      const byTime = await latencies(times.map((asOf) => () => query(reader, { asOf })));
      const atHead = await latencies(Array.from({ length: 10 }, () => () => query(reader, { position: head })));
      // the same query on the live read store: what is left is the as-of part (snapshot, tail, view)
      const live = new EmbeddedReadStore();
      await rebuildProjection({ eventStore: asOfStore, readStore: live, projection: dossierListBench, keepRunning: false });
      const liveQuery = await latencies(Array.from({ length: 10 }, () => () => live.forTenant('mel').readModel('dossiers').aggregate(parFinanceur)));
      await asOfStore.close();

      printTable(
        ['as-of `programmation` query, tenant with 100 000 events', 'p50 ms', 'p95 ms', 'max ms', 'docs/design.md §10'],
        [
          ['first read (reads the history, takes snapshots every 2 000 events)', ms(cold), ms(cold), ms(cold), '≤ 1 000 ms'],
          ['random past positions (nearest snapshot + tail)', ms(warm.p50), ms(warm.p95), ms(warm.max), '≤ 1 000 ms'],
          ['random recorded times (asOf)', ms(byTime.p50), ms(byTime.p95), ms(byTime.max), '≤ 1 000 ms'],
          ['current position (asOf = now)', ms(atHead.p50), ms(atHead.p95), ms(atHead.max), '≤ 1 000 ms'],
          ['baseline: full replay from position 0, no snapshot', ms(noSnapshots), ms(noSnapshots), ms(noSnapshots), ''],
          ['baseline: the same query on the live embedded read store', ms(liveQuery.p50), ms(liveQuery.p95), ms(liveQuery.max), ''],
        ],
      );
      console.log(
        `\n${AS_OF_DOSSIERS} dossiers; the query is the $objectToArray/$unwind/$group pipeline of programmation(annee) run by mingo on the as-of view.`,
      );
    });
  },
};

/** Standalone entry, as other bench modules: `run()` (main.ts lists `rebuildBench`). */
export function run(): Promise<void> {
  return rebuildBench.run();
}

// --- synthetic history -------------------------------------------------------------------------------

const START = '2024-01-02T08:00:00.000Z';
const STEP_MS = 30_000;

/**
 * Writes `count` events straight into an event-store file (same schema as SqliteEventStore), in position
 * order: each dossier is deposed first, then lines are requested, voted and paid at random, 5 % of events are of
 * types the read model ignores. Hashes are placeholders: reading and projecting never verify them, and hashing
 * a million events would only make the setup slower.
 */
export async function writeSyntheticEvents(file: string, count: number, tenants: readonly string[], dossiersPerTenant: number): Promise<void> {
  if (!isUuid(syntheticUuid(count))) throw new Error('synthetic ids must be uuids');
  await new SqliteEventStore(file).close(); // creates the schema
  const db = new Database(file);
  db.pragma('synchronous = OFF');
  // secondary indexes are rebuilt once at the end (CREATE IF NOT EXISTS below): much faster than row by row
  db.exec('DROP INDEX IF EXISTS events_by_tenant; DROP INDEX IF EXISTS events_by_type;');
  const insert = db.prepare('INSERT INTO events (id, stream, revision, tenant, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const random = seeded(count);
  const revisions = new Map<string, number>();
  const start = Date.parse(START);
  const hash = 'a'.repeat(64);
  const write = db.transaction((from: number, to: number) => {
    for (let index = from; index < to; index++) {
      const tenant = tenants[index % tenants.length];
      const number = Math.floor(random() * dossiersPerTenant);
      const dossierId = `D-2024-${String(number).padStart(6, '0')}`;
      const stream = `${tenant}:dossier-${dossierId}`;
      const revision = (revisions.get(stream) ?? -1) + 1;
      revisions.set(stream, revision);
      const roll = random();
      let type: string;
      let data: BenchData;
      if (revision === 0) {
        type = 'DossierDepose';
        data = {
          dossierId,
          titre: `Action ${number} — insertion par le sport dans le quartier`,
          porteurId: `asso-${number % 400}`,
          annee: 2023 + (number % 3),
        };
      } else if (roll < 0.05) {
        type = 'PieceJointeAjoutee';
        data = { dossierId, titre: 'bilan-intermediaire.pdf' };
      } else {
        type = roll < 0.6 ? 'LigneDemandee' : roll < 0.85 ? 'LigneVotee' : 'VersementEnregistre';
        data = { dossierId, financeur: FINANCEURS[Math.floor(random() * FINANCEURS.length)], montant: 100 * (1 + Math.floor(random() * 5_000)) };
      }
      const metadata = {
        tenantId: tenant,
        actor: { userId: 'agent-0042', role: 'agent', organisationId: 'epci-200093201' },
        source: 'api',
        commandId: syntheticUuid(count + index),
        recordedAt: new Date(start + index * STEP_MS).toISOString(),
        prevHash: revision === 0 ? null : hash,
        hash,
      };
      insert.run(syntheticUuid(index), stream, revision, tenant, type, 1, JSON.stringify(data), JSON.stringify(metadata));
    }
  });
  for (let from = 0; from < count; from += 50_000) write(from, Math.min(count, from + 50_000));
  db.exec(SQLITE_EVENT_STORE_SCHEMA);
  db.close();
}

/** The floor of any projector: fetch the rows page by page and parse their JSON. */
/** A well-formed, unique uuid v7 per index, without the cost of a random source (setup time only). */
function syntheticUuid(index: number): string {
  const hex = index.toString(16).padStart(12, '0');
  return `0190f5a2-7c1e-7${hex.slice(0, 3)}-8${hex.slice(3, 6)}-${hex.slice(6).padStart(12, '0')}`;
}

async function rawReadAndParse(file: string): Promise<void> {
  const db = new Database(file, { readonly: true });
  const select = db
    .prepare('SELECT position, id, stream, revision, type, schema_version, data, metadata FROM events WHERE position > ? ORDER BY position LIMIT ?')
    .raw();
  let after = 0;
  let parsed = 0;
  for (;;) {
    const rows = select.all(after, PAGE) as Array<[number, string, string, number, string, number, string, string]>;
    if (rows.length === 0) break;
    for (const row of rows) parsed += Object.keys(JSON.parse(row[6]) as object).length + Object.keys(JSON.parse(row[7]) as object).length;
    after = rows[rows.length - 1][0];
  }
  db.close();
  if (parsed === 0) throw new Error('nothing read');
}

async function latencies(runs: Array<() => Promise<unknown>>): Promise<{ p50: number; p95: number; max: number }> {
  const out: number[] = [];
  for (const work of runs) out.push(await timed(async () => void (await work())));
  out.sort((a, b) => a - b);
  return { p50: out[Math.floor(out.length / 2)], p95: out[Math.min(out.length - 1, Math.floor(out.length * 0.95))], max: out[out.length - 1] };
}

function ms(value: number): string {
  return value.toFixed(0);
}

function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}
