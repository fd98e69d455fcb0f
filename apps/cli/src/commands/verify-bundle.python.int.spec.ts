import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SealingService } from '@cdv/application-audit';
import { createEventStore } from '@cdv/event-store';
import type { EventStore } from '@cdv/eventsourcing';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';

/**
 * The Python verifier printed in docs/audit/evidence-bundle.md §8 and `cli verify-bundle` must agree on every
 * bundle: events recorded before text was bounded may hold a NUL or half a surrogate pair, and indicator values may be
 * decimals that Python and JavaScript lay out differently (0.00001, 1e-7). Both accept such a sound bundle and
 * both refuse it once a byte changed.
 */
const AGENT = { userId: 'u-agent', role: 'agent' } as const;
const python = spawnSync('python3', ['--version']).status === 0 ? 'python3' : null;

function documentedVerifier(): string {
  const doc = readFileSync(join(__dirname, '../../../../docs/audit/evidence-bundle.md'), 'utf8');
  const block = /## 8\. A verifier in Python[\s\S]*?```python\n([\s\S]*?)```/.exec(doc);
  if (!block) throw new Error('docs/audit/evidence-bundle.md §8 has no python block');
  return block[1];
}

async function append(store: EventStore, stream: string, type: string, data: unknown) {
  await store.append(stream, [{ type, data, metadata: { tenantId: 'mel', actor: AGENT, source: 'api' } }], { expectedRevision: 'any' });
}

function cli(env: Record<string, string>) {
  const out: string[] = [];
  const io: CliIO = { out: (text) => out.push(text), err: (text) => out.push(text), env };
  return { io, out: () => out.join('') };
}

(python ? describe : describe.skip)('the documented Python verifier agrees with cli verify-bundle', () => {
  let dir: string;
  let bundle: string;
  let script: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-python-verifier-'));
    const file = join(dir, 'events.sqlite');
    const store = createEventStore({ kind: 'sqlite', file });
    // As stored before issue 12 §8 bounded text: the store itself takes any JSON.
    await append(store, 'mel:dossier-1', 'DossierDepose', {
      dossierId: '1',
      annee: 2024,
      titre: 'Ateliers\u0000 \ud800 numériques 😀\u2028',
      publics: ['a\udc00'],
    });
    await append(store, 'mel:dossier-1', 'IndicateurRenseigne', { dossierId: '1', valeurs: [0.00001, 1e-7, 2.5, 1e21, -1.5e-10, 123456789012, 0.1] });
    await new SealingService(store).seal('mel', AGENT);
    await append(store, 'mel:dossier-1', 'DossierModifie', { dossierId: '1', changes: { 'clé é': 1, cle: 2, Zeta: 3 } });
    await new SealingService(store).seal('mel', AGENT);
    await store.close();
    bundle = join(dir, 'bundle.jsonl');
    const env = { DATA_DIR: dir, EVENT_STORE_FILE: file, AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789', LOG_LEVEL: 'error' };
    expect(await runCli(['export-evidence', '--tenant', 'mel', '--all', '--out', bundle], cli(env).io)).toBe(0);
    script = join(dir, 'verify_bundle.py');
    writeFileSync(script, documentedVerifier());
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const runPython = (path: string) => spawnSync(python as string, [script, path], { encoding: 'utf8' });

  it('both accept a sound bundle holding NUL, half surrogate pairs and decimals', async () => {
    const checked = cli({});
    expect(await runCli(['verify-bundle', bundle], checked.io)).toBe(0);
    expect(checked.out()).toMatch(/: OK/);
    const result = runPython(bundle);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^OK: 5 lines after the header/);
  });

  it('both refuse it once one byte changed', async () => {
    const lines = readFileSync(bundle, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('123456789012'));
    lines[at] = lines[at].replace('123456789012', '123456789013');
    const tampered = join(dir, 'tampered.jsonl');
    writeFileSync(tampered, lines.join('\n'));
    expect(await runCli(['verify-bundle', tampered], cli({}).io)).toBe(1);
    const result = runPython(tampered);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`line ${at + 1}: hash mismatch`));
  });

  it('runs with the standard library only', () => {
    expect(execFileSync(python as string, ['-c', 'import sys; print(sys.version_info[0])'], { encoding: 'utf8' }).trim()).toBe('3');
    expect(documentedVerifier()).not.toMatch(/^import (?!decimal|hashlib|json|sys)/m);
  });
});

if (!python) console.log('verify-bundle.python.int.spec: python3 not found, the documented Python verifier was not run (skipped)');
