import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { SqliteEventStore } from '@cdv/event-store';
import type { NewEvent, RecordedEvent } from '@cdv/eventsourcing';

/**
 * The projector image as it runs (apps/projector/Dockerfile): the built dist in a folder its user cannot write to,
 * started as a non-root user with the distributed environment — no DATA_DIR, no AUTH_* variable — and real stores
 * standing in for the servers (an SQLite file for KurrentDB, the embedded read store for MongoDB: neither server
 * runs here). Its read models are built from a history of tens of thousands of events at start; `/health/live`
 * must answer throughout while `/health/ready` says they are being built.
 *
 * The embedded read store starts empty in a new process, so what runs here is the catch-up that builds every read
 * model from the log; the blue/green rebuild after a version bump (which needs a read store that outlives the
 * process: MongoDB) is held at a gate in libs/platform/src/read-side/read-models.service.int.spec.ts.
 */
const root = join(__dirname, '../../..');
const NOBODY = 65534;
const CLONES = 20;

describe('projector image: non-root, read-only app folder, distributed environment', () => {
  const work = mkdtempSync(join(tmpdir(), 'cdv-projector-'));
  const app = join(work, 'app');
  const store = join(work, 'store');
  const asRoot = process.getuid?.() === 0;
  let child: ChildProcess | null = null;
  let output = '';

  beforeAll(async () => {
    chmodSync(work, 0o755);
    // the image: dist built by the same build as `npm run build`, package.json, node_modules; owned by root, read-only
    mkdirSync(app);
    execFileSync(process.execPath, [join(root, 'tools/build.js'), '--out', join(app, 'dist')], { stdio: 'pipe' });
    copyFileSync(join(root, 'package.json'), join(app, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(app, 'node_modules'));
    readOnly(app);
    // the event store's data: the demo workspaces, cloned into more tenants so that building the read models takes a while
    mkdirSync(store);
    await writeHistory(app, join(store, 'events.sqlite'));
    if (asRoot) {
      for (const file of readdirSync(store)) chownSync(join(store, file), NOBODY, NOBODY);
      chownSync(store, NOBODY, NOBODY);
    }
  }, 180_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => child?.once('exit', resolve));
    }
    rmSync(work, { recursive: true, force: true });
  });

  it('starts, answers /health/live while its read models are being built, and writes nothing in its folder', async () => {
    if (!asRoot) process.stdout.write(`note: not run as root (uid ${process.getuid?.()}): the projector runs as this user, already not root\n`);
    const user = asRoot ? { uid: NOBODY, gid: NOBODY } : {};
    // the user cannot write to the app folder: checked, not assumed
    const probe = spawnSync(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(join(app, 'probe'))}, 'x')`], { ...user, encoding: 'utf8' });
    expect(probe.status).not.toBe(0);
    expect(probe.stderr).toMatch(/EACCES|EROFS|EPERM/);

    child = spawn(process.execPath, [join(app, 'dist/apps/projector/src/main.js')], {
      ...user,
      cwd: app,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        EVENT_STORE: 'sqlite',
        EVENT_STORE_FILE: join(store, 'events.sqlite'),
        READ_STORE: 'embedded',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));

    const base = await Promise.race([
      listeningUrl(() => output),
      exited.then((code) => Promise.reject(new Error(`the projector exited (${code}):\n${output}`))),
    ]);
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    if (asRoot) {
      expect(status).toMatch(new RegExp(`^Uid:\\s+${NOBODY}\\s+${NOBODY}\\s+${NOBODY}\\s+${NOBODY}$`, 'm'));
      expect(status).toMatch(/^Groups:\s*$/m);
    } else {
      expect(status).not.toMatch(/^Uid:\s+0\s/m);
    }

    let liveWhileBuilding = 0;
    let slowest = 0;
    let ready = false;
    const deadline = Date.now() + 150_000;
    while (!ready && Date.now() < deadline) {
      const started = Date.now();
      const live = await fetch(`${base}/health/live`, { signal: AbortSignal.timeout(5_000) });
      slowest = Math.max(slowest, Date.now() - started);
      expect(live.status).toBe(200);
      const readiness = await fetch(`${base}/health/ready`, { signal: AbortSignal.timeout(5_000) });
      const body = (await readiness.json()) as { checks: Record<string, string> };
      if (readiness.status === 200) ready = true;
      else if (/catching up|rebuilding|starting/.test(body.checks.projections ?? '')) liveWhileBuilding += 1;
      else throw new Error(`not ready for another reason: ${JSON.stringify(body)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(ready).toBe(true);
    expect(liveWhileBuilding).toBeGreaterThanOrEqual(3);
    // within the liveness probe's timeout of infra/k8s/20-projector.yaml, or Kubernetes would kill the pod
    expect(slowest).toBeLessThan(livenessTimeoutMs());
    expect(child.exitCode).toBeNull();
    // no DATA_DIR (./data), no local signing secret, nothing else in the app folder
    expect(readdirSync(app).sort()).toEqual(['dist', 'node_modules', 'package.json']);
    expect(output).not.toMatch(/"level":"error"/);
    process.stdout.write(
      `projector as uid ${asRoot ? NOBODY : process.getuid?.()}: /health/live answered ${liveWhileBuilding} times while building, slowest ${slowest} ms\n`,
    );
  }, 200_000);
});

function livenessTimeoutMs(): number {
  const deployment = parseAllDocuments(readFileSync(join(root, 'infra/k8s/20-projector.yaml'), 'utf8'))
    .map((doc) => doc.toJS())
    .find((doc) => doc?.kind === 'Deployment');
  return deployment.spec.template.spec.containers[0].livenessProbe.timeoutSeconds * 1000;
}

/** Every file and folder under `dir` read-only (and root-owned when run as root), as in the image. */
function readOnly(dir: string): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) readOnly(full);
    else chmodSync(full, 0o444);
  }
  chmodSync(dir, 0o555);
  if (statSync(dir).uid !== (process.getuid?.() ?? 0)) throw new Error(`${dir} is not ours`);
}

/** The URL the projector logs once it listens (PORT=0: the system picks the port). */
async function listeningUrl(output: () => string): Promise<string> {
  for (;;) {
    const match = /"message":"projector listening".*?"url":"(http:\/\/[^"/]+)/.exec(output());
    if (match) return match[1].replace('localhost', '127.0.0.1');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The demo history (`cli seed --demo`, with the built CLI of the image), then copies of it in CLONES more tenants. */
async function writeHistory(app: string, file: string): Promise<void> {
  const cliData = join(dirname(file), 'cli-data');
  execFileSync(
    process.execPath,
    [join(app, 'dist/apps/cli/src/main.js'), 'seed', '--tenant', 'all', '--demo', '--fixtures', join(root, 'libs/demo/territoire/fixtures')],
    {
      env: { PATH: process.env.PATH, EVENT_STORE: 'sqlite', EVENT_STORE_FILE: file, DATA_DIR: cliData, LOG_LEVEL: 'error' },
      stdio: 'pipe',
    },
  );
  rmSync(cliData, { recursive: true, force: true });
  const events = new SqliteEventStore(file);
  try {
    const byStream = new Map<string, RecordedEvent[]>();
    for (const event of await events.readAll()) byStream.set(event.stream, [...(byStream.get(event.stream) ?? []), event]);
    for (let clone = 1; clone <= CLONES; clone++) {
      for (const [stream, recorded] of byStream) {
        const separator = stream.indexOf(':');
        const tenantId = `${stream.slice(0, separator)}-copie-${clone}`;
        const copies: NewEvent[] = recorded.map((event) => ({
          type: event.type,
          schemaVersion: event.schemaVersion,
          data: event.data,
          metadata: { ...withoutChain(event.metadata), tenantId },
        }));
        await events.append(`${tenantId}${stream.slice(separator)}`, copies, { expectedRevision: 'no_stream' });
      }
    }
  } finally {
    await events.close();
  }
}

function withoutChain(metadata: RecordedEvent['metadata']): NewEvent['metadata'] {
  const { recordedAt: _recordedAt, prevHash: _prevHash, hash: _hash, ...context } = metadata;
  return context;
}
