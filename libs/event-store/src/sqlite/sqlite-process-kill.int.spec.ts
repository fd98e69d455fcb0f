import { transformFileSync } from '@swc/core';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { verifyStreamChain, type RecordedEvent } from '@cdv/eventsourcing';
import { SqliteEventStore } from './sqlite-event-store';

/**
 * A writer process is killed with SIGKILL while it appends in a loop; the file must come back with every
 * acknowledged batch, whole batches only, contiguous streams and intact hash chains.
 *
 * The child runs plain JavaScript: the adapter and the core are compiled with swc into a temp folder (the
 * same transform as tools/build.js, which we do not run here because it wipes dist/ under other people's feet).
 */
const root = resolve(__dirname, '../../../..');
const work = mkdtempSync(join(tmpdir(), 'cdv-sqlite-kill-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STREAMS = 7;
const ACKNOWLEDGED_BEFORE_KILL = 120;

interface Ack {
  run: string;
  batch: number;
  stream: string;
  revision: number;
  position: number;
}

describe('SqliteEventStore under SIGKILL', () => {
  const file = join(work, 'data', 'events.db');
  let child: string;

  beforeAll(() => {
    const compiled = join(work, 'code');
    for (const dir of ['libs/eventsourcing/src', 'libs/event-store/src/sqlite']) compile(join(root, dir), compiled);
    child = join(work, 'writer.js');
    writeFileSync(child, writerScript(join(compiled, 'libs/event-store/src/sqlite/sqlite-event-store.js'), join(compiled, 'libs/eventsourcing/src/index.js')));
  });

  it('keeps every acknowledged batch, never half a batch, and the chains verify (two kills in a row)', async () => {
    const acknowledged: Ack[] = [];
    // First kill as soon as the 120th batch is acknowledged (it lands inside the next append), then a kill
    // 20 ms later (it lands after batches that were committed but not yet acknowledged).
    acknowledged.push(...(await runAndKill(child, file, 'r1', 0)));
    acknowledged.push(...(await runAndKill(child, file, 'r2', 20)));

    const raw = new Database(file);
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    raw.close();

    const store = new SqliteEventStore(file);
    try {
      const all = await store.readAll();
      // Positions are the commit order: contiguous from 1, nothing half-written in between.
      expect(all.map((event) => event.position)).toEqual(all.map((_, index) => index + 1));

      const batches = new Map<string, RecordedEvent[]>();
      for (const event of all) {
        const { run, batch } = event.data as { run: string; batch: number };
        const key = `${run}/${batch}`;
        batches.set(key, [...(batches.get(key) ?? []), event]);
      }
      for (const events of batches.values()) {
        const { size } = events[0].data as { size: number };
        expect(events.map((event) => (event.data as { index: number }).index)).toEqual(Array.from({ length: size }, (_, index) => index));
      }
      for (const ack of acknowledged) {
        const events = batches.get(`${ack.run}/${ack.batch}`);
        expect(events).toBeDefined();
        expect(events?.[events.length - 1]).toMatchObject({ stream: ack.stream, revision: ack.revision, position: ack.position });
      }

      for (let index = 0; index < STREAMS; index++) {
        const events = await store.readStream(`kill:dossier-${index}`);
        expect(verifyStreamChain(events)).toBeNull();
        // The store goes on from where the killed writer stopped.
        const next = await store.append(
          `kill:dossier-${index}`,
          [{ type: 'Repris', data: {}, metadata: { tenantId: 'kill', actor: { userId: 'test', role: 'system' }, source: 'system' } }],
          {
            expectedRevision: events.length - 1,
          },
        );
        expect(next.events[0].metadata.prevHash).toBe(events[events.length - 1].metadata.hash);
      }
    } finally {
      await store.close();
    }
  });
});

/** Starts the writer, waits for enough acknowledged batches, kills it with SIGKILL (after delayMs), returns what it acknowledged. */
function runAndKill(script: string, file: string, run: string, delayMs: number): Promise<Ack[]> {
  return new Promise((resolvePromise, reject) => {
    const writer = spawn(process.execPath, [script, file, run], {
      env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: Ack[] = [];
    let pending = '';
    let errors = '';
    let killed = false;
    writer.stdout.setEncoding('utf8');
    writer.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [batch, stream, revision, position] = line.split(' ');
        acks.push({ run, batch: Number(batch), stream, revision: Number(revision), position: Number(position) });
      }
      if (!killed && acks.length >= ACKNOWLEDGED_BEFORE_KILL) {
        killed = true;
        if (delayMs === 0) writer.kill('SIGKILL');
        else setTimeout(() => writer.kill('SIGKILL'), delayMs);
      }
    });
    writer.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    writer.on('error', reject);
    writer.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolvePromise(acks);
      else reject(new Error(`writer ended without being killed: ${errors}`));
    });
  });
}

/** The child: appends batches of 1 to 49 events to 7 streams as fast as it can, printing each acknowledged batch. */
function writerScript(storeModule: string, coreModule: string): string {
  return `
const { SqliteEventStore } = require(${JSON.stringify(storeModule)});
const { uuidv7, StreamNotFound } = require(${JSON.stringify(coreModule)});
const [file, run] = process.argv.slice(2);
(async () => {
  const store = new SqliteEventStore(file);
  const revisions = [];
  for (let index = 0; index < ${STREAMS}; index++) {
    try {
      const [last] = await store.readStream('kill:dossier-' + index, { direction: 'backwards', maxCount: 1 });
      revisions.push(last.revision);
    } catch (error) {
      if (!(error instanceof StreamNotFound)) throw error;
      revisions.push('no_stream');
    }
  }
  for (let batch = 0; ; batch++) {
    const index = batch % ${STREAMS};
    const size = 1 + (batch % 13) * 4;
    const events = Array.from({ length: size }, (_, i) => ({
      id: uuidv7(),
      type: 'Ecrit',
      data: { run, batch, index: i, size, texte: 'x'.repeat(300) },
      metadata: { tenantId: 'kill', actor: { userId: 'writer', role: 'system' }, source: 'system' },
    }));
    const result = await store.append('kill:dossier-' + index, events, { expectedRevision: revisions[index] });
    revisions[index] = result.nextExpectedRevision;
    process.stdout.write(batch + ' kill:dossier-' + index + ' ' + result.nextExpectedRevision + ' ' + result.positions[size - 1] + '\\n');
  }
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
`;
}

/** Compiles the TypeScript sources of one folder (specs excluded) into the same relative place under `out`. */
function compile(dir: string, out: string): void {
  const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const source = join(entry.parentPath, entry.name);
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.spec.ts')) continue;
    const { code } = transformFileSync(source, {
      filename: source,
      module: { type: 'commonjs' },
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022', baseUrl: root, paths: compilerOptions.paths },
    });
    const target = join(out, relative(root, source)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, code);
  }
}
