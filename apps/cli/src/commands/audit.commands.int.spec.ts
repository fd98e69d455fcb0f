import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SealingService } from '@cdv/application-audit';
import { createEventStore } from '@cdv/event-store';
import type { EventStore } from '@cdv/eventsourcing';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';

const AGENT = { userId: 'u-agent', role: 'agent' } as const;

async function append(store: EventStore, stream: string, type: string, data: unknown) {
  await store.append(stream, [{ type, data, metadata: { tenantId: stream.slice(0, stream.indexOf(':')), actor: AGENT, source: 'api' } }], {
    expectedRevision: 'any',
  });
}

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('cli verify / export-evidence / verify-bundle (SQLite file)', () => {
  let dir: string;
  let file: string;
  let env: Record<string, string>;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-audit-cli-'));
    file = join(dir, 'events.sqlite');
    env = { DATA_DIR: dir, EVENT_STORE_FILE: file, AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789', LOG_LEVEL: 'error' };
    const store = createEventStore({ kind: 'sqlite', file });
    await append(store, 'mel:appel-2024', 'AppelAProjetsOuvert', { annee: 2024 });
    await append(store, 'mel:dossier-1', 'DossierDepose', { dossierId: '1', annee: 2024, titre: 'Ateliers' });
    await append(store, 'lille:dossier-1', 'DossierDepose', { dossierId: '1', annee: 2024, titre: 'Ailleurs' });
    await append(store, 'mel:dossier-1', 'FinancementDemande', { dossierId: '1', financeurId: 'etat-bop147', montant: 500000 });
    // The comité names its dossiers in decisions[].dossierId, as ProgrammationArretee records them.
    await append(store, 'mel:comite-2024-1', 'ProgrammationArretee', {
      comiteId: '2024-1',
      annee: 2024,
      date: '2024-04-12',
      presents: ['etat-bop147'],
      decisions: [{ dossierId: '1', decision: 'retenu', lignes: [] }],
    });
    await new SealingService(store).seal('mel', AGENT);
    await append(store, 'mel:dossier-1', 'FinancementVote', { dossierId: '1', financeurId: 'etat-bop147', montant: 450000 });
    await new SealingService(store).seal('mel', AGENT);
    await store.close();
  });

  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('verifies a sound workspace (exit 0), with progress on stderr', async () => {
    const run = io(env);
    expect(await runCli(['verify', '--tenant', 'mel'], run.io)).toBe(0);
    expect(run.out()).toMatch(/workspace mel: OK/);
    expect(run.out()).toMatch(/4 streams, 7 events, 2 seals/);
    expect(run.err()).toMatch(/verify mel: 7\/7 events \(100 %\)/);
    const json = io(env);
    expect(await runCli(['verify', '--tenant', 'mel', '--json'], json.io)).toBe(0);
    expect(JSON.parse(json.out())).toMatchObject({ ok: true, sealsChecked: 2 });
  });

  it('names the first broken link after the database was altered (exit 1)', async () => {
    const db = new Database(file);
    db.prepare("UPDATE events SET data = replace(data, '500000', '900000') WHERE stream = 'mel:dossier-1' AND revision = 1").run();
    db.close();
    const run = io(env);
    expect(await runCli(['verify', '--tenant', 'mel'], run.io)).toBe(1);
    expect(run.out()).toMatch(/workspace mel: BROKEN/);
    expect(run.out()).toMatch(/first broken link: mel:dossier-1 revision 1 \(position 4, event [0-9a-f-]+\): hash mismatch/);
  });

  it('catches a deleted head through the seals', async () => {
    const db = new Database(file);
    db.prepare("DELETE FROM events WHERE stream = 'mel:comite-2024-1'").run();
    db.close();
    const run = io(env);
    expect(await runCli(['verify', '--tenant', 'mel'], run.io)).toBe(1);
    expect(run.out()).toMatch(/first broken link: mel:sceaux revision 0 .*seal root mismatch/);
  });

  it('exports a dossier bundle, prints its path, and verifies it offline; a changed byte is named by line', async () => {
    const out = join(dir, 'dossier-1.jsonl');
    const exported = io(env);
    expect(await runCli(['export-evidence', '--tenant', 'mel', '--dossier', '1', '--out', out], exported.io)).toBe(0);
    expect(exported.out()).toBe(`${out}\n`);
    expect(exported.err()).toMatch(/2 streams, 4 events, 2 seals, 4 proofs/);
    expect(existsSync(`${out}.partial`)).toBe(false);

    // verify-bundle needs no configuration at all: only the file.
    const checked = io({});
    expect(await runCli(['verify-bundle', out], checked.io)).toBe(0);
    expect(checked.out()).toMatch(/OK\n {2}workspace mel, dossier 1: 7 lines, 2 streams, 4 events, 2 seals, 4 inclusion proofs/);

    const lines = readFileSync(out, 'utf8').split('\n');
    const at = lines.findIndex((line) => line.includes('"montant":450000'));
    lines[at] = lines[at].replace('450000', '450001');
    writeFileSync(out, lines.join('\n'));
    const broken = io({});
    expect(await runCli(['verify-bundle', out], broken.io)).toBe(1);
    expect(broken.out()).toMatch(new RegExp(`first problem: line ${at + 1}: mel:dossier-1 revision 2: hash mismatch`));
  });

  it('exports a year and a whole workspace', async () => {
    for (const scope of [['--year', '2024'], ['--all']]) {
      const out = join(dir, `${scope.join('')}.jsonl`);
      expect(await runCli(['export-evidence', '--tenant', 'mel', ...scope, '--out', out], io(env).io)).toBe(0);
      const checked = io({});
      expect(await runCli(['verify-bundle', out, '--json'], checked.io)).toBe(0);
      expect(JSON.parse(checked.out())).toMatchObject({ ok: true, events: 5, seals: 2 });
    }
  });

  it('explains bad usage (exit 2)', async () => {
    const cases: string[][] = [
      ['verify'],
      ['verify', '--tenant', 'Not A Tenant'],
      ['export-evidence', '--tenant', 'mel'],
      ['export-evidence', '--tenant', 'mel', '--dossier', '1', '--year', '2024'],
      ['export-evidence', '--tenant', 'mel', '--year', '24'],
      ['verify-bundle'],
      ['verify-bundle', join(dir, 'nope.jsonl')],
    ];
    for (const argv of cases) {
      const run = io(env);
      expect(await runCli(argv, run.io)).toBe(2);
      expect(run.err()).toMatch(/usage: cli /);
    }
    const missing = io({ ...env, EVENT_STORE_FILE: join(dir, 'missing.sqlite') });
    expect(await runCli(['verify', '--tenant', 'mel'], missing.io)).toBe(2);
    expect(missing.err()).toMatch(/no event store at .*missing\.sqlite/);
    expect(existsSync(join(dir, 'missing.sqlite'))).toBe(false);
  });

  it('reports a refused export (unknown dossier) without leaving a partial file', async () => {
    const out = join(dir, 'x.jsonl');
    const run = io(env);
    expect(await runCli(['export-evidence', '--tenant', 'mel', '--dossier', '404', '--out', out], run.io)).toBe(1);
    expect(run.err()).toMatch(/dossier 404 not found/);
    expect(existsSync(out) || existsSync(`${out}.partial`)).toBe(false);
  });
});
