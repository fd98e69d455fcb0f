import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedRevision, hashEvent, verifyStreamChain, type NewEvent, type RecordedEvent } from '@cdv/eventsourcing';
import { SqliteEventStore } from './sqlite-event-store';

const folder = mkdtempSync(join(tmpdir(), 'cdv-sqlite-event-store-'));
let count = 0;
const aFile = () => join(folder, `store-${++count}.db`);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const tenant = 'mel';
const stream = 'mel:dossier-42';
const anEvent = (type: string, data: Record<string, unknown> = {}): NewEvent => ({
  type,
  data,
  metadata: { tenantId: tenant, actor: { userId: 'agent-1', role: 'agent' }, source: 'api' },
});

async function withStore<T>(file: string, work: (store: SqliteEventStore) => Promise<T>): Promise<T> {
  const store = new SqliteEventStore(file);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Five events, revision r carrying montantCents = 100 * (r + 1) and a marker unique in the file. */
async function aStreamOfFive(file: string): Promise<RecordedEvent[]> {
  return withStore(file, async (store) => {
    await store.append(stream, [anEvent('DossierDepose', { montantCents: 100, marqueur: 'M-0000' })], { expectedRevision: 'no_stream' });
    await store.append(
      stream,
      [1, 2, 3, 4].map((r) => anEvent('MontantCorrige', { montantCents: 100 * (r + 1), marqueur: `M-000${r}` })),
      { expectedRevision: 0 },
    );
    return store.readStream(stream);
  });
}

describe('SqliteEventStore (file specifics)', () => {
  it('keeps events across a reopen and continues the hash chain', async () => {
    const file = aFile();
    const first = await aStreamOfFive(file);
    await withStore(file, async (store) => {
      const { events } = await store.append(stream, [anEvent('DossierSolde')], { expectedRevision: 4 });
      expect(events[0].metadata.prevHash).toBe(first[4].metadata.hash);
      const all = await store.readStream(stream);
      expect(all.slice(0, 5)).toEqual(first);
      expect(verifyStreamChain(all)).toBeNull();
      expect(await store.headPosition()).toBe(6);
    });
  });

  it('creates the folder of the file, runs in WAL with the chosen synchronous level, and records its schema version', async () => {
    const file = join(folder, 'nested', 'deeper', 'events.db');
    const full = join(folder, 'full.db');
    await withStore(file, async () => undefined);
    const store = new SqliteEventStore(full, { synchronous: 'full' });
    await store.close();
    const raw = new Database(file);
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(raw.pragma('user_version', { simple: true })).toBe(1);
      const indexes = raw.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events'`).pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['events_by_tenant', 'events_by_type']));
    } finally {
      raw.close();
    }
    // synchronous is per connection: check what the store's own connection runs with.
    const normal = new SqliteEventStore(file);
    const pragma = (s: SqliteEventStore) => (s as unknown as { db: Database.Database }).db.pragma('synchronous', { simple: true });
    expect(pragma(normal)).toBe(1);
    const fullStore = new SqliteEventStore(full, { synchronous: 'full' });
    expect(pragma(fullStore)).toBe(2);
    await normal.close();
    await fullStore.close();
  });

  it('runs in memory with :memory:', async () => {
    await withStore(':memory:', async (store) => {
      await store.append(stream, [anEvent('A')], { expectedRevision: 'no_stream' });
      expect(await store.readStream(stream)).toHaveLength(1);
    });
  });

  it('refuses a file written by a newer schema', async () => {
    const file = aFile();
    const raw = new Database(file);
    raw.pragma('user_version = 99');
    raw.close();
    expect(() => new SqliteEventStore(file)).toThrow(/schema version 99/);
  });

  it('reads a tenant through its index, not by scanning the table', async () => {
    await withStore(aFile(), async (store) => {
      const db = (store as unknown as { db: Database.Database }).db;
      const plan = db
        .prepare(`EXPLAIN QUERY PLAN SELECT * FROM events WHERE position > ? AND tenant = ? ORDER BY position LIMIT ?`)
        .all(0, tenant, 10) as Array<{ detail: string }>;
      expect(plan.map((step) => step.detail).join('\n')).toMatch(/USING INDEX events_by_tenant/);
    });
  });

  it('refuses an event id already used in another stream', async () => {
    await withStore(aFile(), async (store) => {
      const event = { ...anEvent('A'), id: '01900000-0000-7000-8000-000000000001' };
      await store.append(stream, [event], { expectedRevision: 'no_stream' });
      await expect(store.append('mel:dossier-43', [event], { expectedRevision: 'no_stream' })).rejects.toThrow(/stored already in stream mel:dossier-42/);
      await expect(store.append('mel:dossier-43', [event, event], { expectedRevision: 'any' })).rejects.toThrow(/stored already/);
    });
  });

  describe('tamper evidence on the stored file', () => {
    it('names the event whose JSON was edited through a raw connection', async () => {
      const file = aFile();
      const original = await aStreamOfFive(file);
      const raw = new Database(file);
      raw.prepare(`UPDATE events SET data = json_set(data, '$.montantCents', 1) WHERE stream = ? AND revision = 2`).run(stream);
      raw.close();

      const broken = await withStore(file, (store) => store.readStream(stream));
      expect(broken[2].data).toMatchObject({ montantCents: 1 });
      expect(verifyStreamChain(broken)).toMatchObject({ stream, revision: 2, eventId: original[2].id, problem: 'hash_mismatch' });
    });

    it('names the event whose metadata was edited, and the next one when the forger also recomputed the hash', async () => {
      const file = aFile();
      const original = await aStreamOfFive(file);
      const raw = new Database(file);
      raw.prepare(`UPDATE events SET metadata = json_set(metadata, '$.actor.userId', 'intrus') WHERE stream = ? AND revision = 1`).run(stream);
      raw.close();
      const edited = await withStore(file, (store) => store.readStream(stream));
      expect(verifyStreamChain(edited)).toMatchObject({ revision: 1, eventId: original[1].id, problem: 'hash_mismatch' });

      // A careful forger re-hashes the edited event: the next event's prevHash still points at the old one.
      const rehashed = hashEvent(edited[1]);
      const again = new Database(file);
      again.prepare(`UPDATE events SET metadata = json_set(metadata, '$.hash', ?) WHERE stream = ? AND revision = 1`).run(rehashed, stream);
      again.close();
      const forged = await withStore(file, (store) => store.readStream(stream));
      expect(verifyStreamChain(forged)).toMatchObject({ revision: 2, eventId: original[2].id, problem: 'prev_hash_mismatch' });
    });

    it('names the event after a deleted one', async () => {
      const file = aFile();
      const original = await aStreamOfFive(file);
      const raw = new Database(file);
      raw.prepare('DELETE FROM events WHERE stream = ? AND revision = 3').run(stream);
      raw.close();
      const gapped = await withStore(file, (store) => store.readStream(stream));
      expect(verifyStreamChain(gapped)).toMatchObject({ revision: 4, eventId: original[4].id, problem: 'revision_gap' });
    });

    it('names the event whose bytes were edited in the database file itself (SQLite sees nothing wrong)', async () => {
      const file = aFile();
      const original = await aStreamOfFive(file);
      // Closing the last connection checkpointed the WAL into the main file; make sure before editing it.
      expect(existsSync(`${file}-wal`)).toBe(false);

      const bytes = readFileSync(file);
      const marker = Buffer.from('"marqueur":"M-0003"');
      const at = bytes.indexOf(marker);
      expect(at).toBeGreaterThan(0);
      expect(bytes.indexOf(marker, at + 1)).toBe(-1);
      bytes[at + marker.length - 2] = '9'.charCodeAt(0); // M-0003 → M-0009, same length, still valid JSON
      writeFileSync(file, bytes);

      const raw = new Database(file, { readonly: true });
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
      const edited = await withStore(file, (store) => store.readStream(stream));
      expect(edited[3].data).toMatchObject({ marqueur: 'M-0009' });
      expect(verifyStreamChain(edited)).toMatchObject({ revision: 3, eventId: original[3].id, problem: 'hash_mismatch' });
    });
  });

  describe('two store instances on one file (two processes)', () => {
    it('a live subscription on one sees the appends of the other, by polling', async () => {
      const file = aFile();
      const reader = new SqliteEventStore(file, { pollIntervalMs: 10 });
      const writer = new SqliteEventStore(file);
      try {
        const subscription = reader.subscribe({ tenant });
        const received: RecordedEvent[] = [];
        const consumer = (async () => {
          for await (const batch of subscription) {
            received.push(...batch);
            if (received.length >= 6) break;
          }
        })();
        let revision: number | 'no_stream' = 'no_stream';
        for (let index = 0; index < 3; index++) {
          revision = (await writer.append(stream, [anEvent('A', { index }), anEvent('B', { index })], { expectedRevision: revision })).nextExpectedRevision;
          await new Promise((resolve) => setImmediate(resolve));
        }
        await consumer;
        expect(received.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4, 5]);
        expect(received.map((event) => event.position)).toEqual([1, 2, 3, 4, 5, 6]);
      } finally {
        await reader.close();
        await writer.close();
      }
    });

    it('checks the expected revision against the file, not against what this instance wrote', async () => {
      const file = aFile();
      const first = new SqliteEventStore(file);
      const second = new SqliteEventStore(file);
      try {
        await first.append(stream, [anEvent('A')], { expectedRevision: 'no_stream' });
        await second.append(stream, [anEvent('B')], { expectedRevision: 0 });
        const stale = first.append(stream, [anEvent('C')], { expectedRevision: 0 });
        await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevision);
        await expect(stale).rejects.toMatchObject({ actual: 1 });
        const { events } = await first.append(stream, [anEvent('C')], { expectedRevision: 1 });
        expect(events[0].position).toBe(3);
        expect(verifyStreamChain(await second.readStream(stream))).toBeNull();
      } finally {
        await first.close();
        await second.close();
      }
    });
  });
});
