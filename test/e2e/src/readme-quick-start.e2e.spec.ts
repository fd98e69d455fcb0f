import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The README's quick start, as a newcomer runs it (issue 12, item 7): `npm start`, then in another terminal the
 * README's token line and curl line exactly as written, and the commands `npm start` prints. Each must give a
 * token the app accepts and an answer without errors. The app runs on a free port and a fresh DATA_DIR, which
 * the shell passes on as a user's would (the README's curl reads PORT, defaulting to 4000).
 */
const ROOT = join(__dirname, '../../..');
const STARTUP_MS = 240_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Runs lines in bash from the repository's folder, as pasted in a terminal; returns what they print on stdout. */
function shell(lines: string, env: Record<string, string | undefined>): { stdout: string; stderr: string; status: number | null } {
  const result = spawnSync('bash', ['-c', `set -e\n${lines}`], { cwd: ROOT, env, encoding: 'utf8', timeout: 120_000 });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function readmeQuickStart(): string {
  const block = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```sh\n([\s\S]*?)```/g)]
    .map((match) => match[1])
    .find((text) => text.includes('TOKEN=$('));
  if (!block) throw new Error('README.md has no sh block with the TOKEN=$(…) line');
  return block;
}

describe('README quick start, pasted after npm start', () => {
  let dataDir: string;
  let port: number;
  let app: ChildProcess;
  let banner = '';
  /** The shell of the newcomer's second terminal: the same folder and variables as the first. */
  let terminal: Record<string, string | undefined>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'cdv-readme-'));
    port = await freePort();
    const { DATA_DIR: _dataDir, PORT: _port, AUTH_LOCAL_SECRET: _secret, ...inherited } = process.env;
    terminal = { ...inherited, DATA_DIR: dataDir, PORT: String(port) };
    // its own process group, so that stopping it stops npm, the shell and node together
    app = spawn('npm', ['start'], { cwd: ROOT, env: { ...terminal, LOG_LEVEL: 'warn' }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    app.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start printed no banner in ${STARTUP_MS} ms:\n${banner}\n${stderr}`)), STARTUP_MS);
      app.stdout?.on('data', (chunk: Buffer) => {
        banner += chunk.toString();
        if (banner.includes('Then call the API with it:') && banner.trimEnd().split('\n').pop()?.includes('curl ')) {
          clearTimeout(timer);
          resolve();
        }
      });
      app.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${banner}\n${stderr}`)));
    });
  }, STARTUP_MS + 10_000);

  afterAll(async () => {
    if (app.pid && app.exitCode === null) {
      const exited = new Promise((resolve) => app.once('exit', resolve));
      process.kill(-app.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (app.exitCode === null && app.signalCode === null) process.kill(-app.pid, 'SIGKILL');
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('the README’s two commands give a token the app accepts and the CABBALR programmation', () => {
    const run = shell(readmeQuickStart(), terminal);
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
    const answer = JSON.parse(run.stdout) as { data?: { territoire: { nom: string }; programmation: { comptes: { deposes: number } } }; errors?: unknown };
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.territoire.nom).toMatch(/Béthune-Bruay/);
    expect(answer.data?.programmation.comptes.deposes).toBeGreaterThan(100);
  });

  it('the commands npm start prints work as printed, without any variable set in the second terminal', () => {
    const lines = banner.split('\n');
    const after = (label: string) => lines[lines.findIndex((line) => line.includes(label)) + 1]?.trim() ?? '';
    const tokenLine = after('Get a token');
    const curlLine = after('Then call the API with it:');
    expect(tokenLine).toContain(`DATA_DIR=${dataDir}`);
    expect(curlLine).toContain(`:${port}/graphql`);
    const { DATA_DIR: _dataDir, PORT: _port, ...bare } = terminal;
    const run = shell(`${tokenLine}\n${curlLine}`, bare);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      data: { moi: { userId: 'agent@cabbalr', tenantId: 'cabbalr', roles: ['agent'] }, territoire: { nom: expect.any(String) } },
    });
  });
});
