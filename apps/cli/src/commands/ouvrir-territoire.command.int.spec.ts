import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@cdv/event-store';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('cli ouvrir-territoire: opening a new workspace (SQLite file)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-ouvrir-'));
    env = { DATA_DIR: join(dir, 'data'), AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789', LOG_LEVEL: 'error' };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const ouvrir = ['ouvrir-territoire', '--tenant', 'grand-test', '--nom', 'Communauté d’agglomération du Grand Test', '--siren', '732829320', '--nature', 'ca'];

  it('opens the workspace in a new store, with its communes, says what to do next, and appends nothing the second time', async () => {
    const first = io(env);
    expect(await runCli([...ouvrir, '--commune', '59350:Lille', '--commune', '59512:Roubaix', '--commune', 'Anzin'], first.io)).toBe(0);
    expect(first.out()).toMatch(/workspace grand-test opened: Communauté d’agglomération du Grand Test, 3 communes \(4 events\)/);
    expect(first.out()).toMatch(/token --tenant grand-test --role admin/);
    expect(existsSync(join(dir, 'data'))).toBe(true);

    const again = io(env);
    expect(await runCli([...ouvrir, '--commune', '59350:Lille', '--commune', '59512:Roubaix', '--commune', 'Anzin'], again.io)).toBe(0);
    expect(again.out()).toMatch(/was open already with this identity: nothing appended/);

    const store = createEventStore({ kind: 'sqlite', file: join(dir, 'data', 'events.sqlite') });
    const events = await store.readStream('grand-test:territoire');
    await store.close();
    expect(events.map((event) => event.type)).toEqual(['TerritoireOuvert', 'CommuneRattachee', 'CommuneRattachee', 'CommuneRattachee']);
    expect(events[0]).toMatchObject({ data: { siren: '732829320', nature: 'ca' }, metadata: { actor: { role: 'admin' }, source: 'system' } });
  });

  it('refuses another identity for an open workspace (exit 1, the domain’s refusal)', async () => {
    expect(await runCli(ouvrir, io(env).io)).toBe(0);
    const other = io(env);
    expect(await runCli(['ouvrir-territoire', '--tenant', 'grand-test', '--nom', 'Autre nom'], other.io)).toBe(1);
    expect(other.err()).toMatch(/workspace grand-test not opened: CONFLICT: the territoire is already open/);
  });

  it.each([
    [['--tenant', 'Bad Tenant', '--nom', 'X'], /--tenant: "Bad Tenant" is not a workspace id/],
    [['--tenant', 'a'.repeat(41), '--nom', 'X'], /--tenant: .* 41 characters long: a workspace id has at most 40/],
    [['--nom', 'X'], /--tenant: a workspace id is required/],
    [['--tenant', 'grand-test'], /--nom is the legal name/],
    [['--tenant', 'grand-test', '--nom', 'X', '--siren', '000000000'], /--siren: "000000000" is not a SIREN/],
    [['--tenant', 'grand-test', '--nom', 'X', '--nature', 'departement'], /--nature is one of metropole, cu, ca, cc, ept, autre/],
    [['--tenant', 'grand-test', '--nom', 'X', '--commune', '5935:Lille'], /--commune "5935:Lille": "5935" is not an INSEE code/],
  ])('explains bad usage %j (exit 2), writing nothing', async (argv, message) => {
    const run = io(env);
    expect(await runCli(['ouvrir-territoire', ...argv], run.io)).toBe(2);
    expect(run.err()).toMatch(message);
    expect(run.err()).toMatch(/usage: cli ouvrir-territoire --tenant <id> --nom <legal name>/);
    expect(existsSync(join(dir, 'data'))).toBe(false);
  });

  it('cli seed says which workspaces it knows, and how to open another', async () => {
    const run = io(env);
    expect(await runCli(['seed', '--tenant', 'grand-test'], run.io)).toBe(2);
    expect(run.err()).toMatch(/seed knows only the fixture workspaces built from libs\/demo\/territoire\/fixtures: mel, .*cabbalr/);
    expect(run.err()).toMatch(/cli ouvrir-territoire --tenant grand-test --nom/);
  });
});
