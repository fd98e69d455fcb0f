import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deciderPourStream } from '@cdv/domain-territoire';
import { createEventStore } from '@cdv/event-store';
import { CommandHandler } from '@cdv/eventsourcing';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';
import { fixtureToCommands } from '@cdv/demo-territoire';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('cli rebuild', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-rebuild-cli-'));
    env = { DATA_DIR: dir, EVENT_STORE_FILE: join(dir, 'events.sqlite'), AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789' };
    const store = createEventStore({ kind: 'sqlite', file: env.EVENT_STORE_FILE });
    const handler = new CommandHandler(store);
    const fixture = JSON.parse(readFileSync(join(__dirname, '../../../../libs/demo/territoire/fixtures/grand-nancy.json'), 'utf8'));
    for (const { stream, command } of fixtureToCommands(fixture, 'grand-nancy')) {
      const decider = deciderPourStream(stream);
      if (!decider) throw new Error(`no decider for ${stream}`);
      const result = await handler.handle(decider, { stream, command });
      if (!result.ok) throw new Error(result.refusal.message);
    }
    await store.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rebuilds a read model from the log with progress, and says which tenants switched', async () => {
    const run = io(env);
    expect(await runCli(['rebuild', 'territoire'], run.io)).toBe(0);
    expect(run.out()).toMatch(/^territoire v\d+: \d+ events in [\d.]+ s \(\d+ events\/s\), up to position \d+; switched grand-nancy new→v\d+/);
    expect(run.err()).toMatch(/rebuild territoire v\d+: \d+\/\d+ events \(100 %\)/);
  });

  it('refuses an unknown read model, naming the known ones, and a store without a log', async () => {
    const unknown = io(env);
    expect(await runCli(['rebuild', 'nope'], unknown.io)).toBe(2);
    expect(unknown.err()).toMatch(/no read model named "nope" \(known: territoire, qpvs, .*dossiers/);
    const memory = io({ ...env, EVENT_STORE: 'memory' });
    expect(await runCli(['rebuild', 'all'], memory.io)).toBe(2);
    expect(memory.err()).toMatch(/no log to rebuild from/);
  });
});
