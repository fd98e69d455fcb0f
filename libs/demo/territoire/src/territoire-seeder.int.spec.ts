import { join } from 'node:path';
import { CommandHandler, MemoryEventStore } from '@cdv/eventsourcing';
import { deciderPourStream } from '@cdv/domain-territoire';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { FIXTURES_PAR_TENANT, fixtureToCommands } from './fixture-to-commands';
import { dossierFixturesTerritoires, TENANTS_SEED, TerritoireSeeder } from './territoire-seeder';

const REPO = join(__dirname, '../../../..');

function seeder() {
  const store = new MemoryEventStore();
  const handler = new CommandHandler(store);
  const handle = jest.spyOn(handler, 'handle');
  return { store, handler, handle, seeder: new TerritoireSeeder(handler, store) };
}

describe('TerritoireSeeder', () => {
  it('finds the fixtures from the source layout and from the compiled one', () => {
    const expected = join(REPO, 'libs', 'demo', 'territoire', 'fixtures');
    expect(dossierFixturesTerritoires()).toBe(expected);
    // the build copies the JSON files beside the compiled code: dist/libs/demo/territoire/{src,fixtures}
    const dist = mkdtempSync(join(tmpdir(), 'cdv-dist-'));
    mkdirSync(join(dist, 'libs/demo/territoire/src'), { recursive: true });
    mkdirSync(join(dist, 'libs/demo/territoire/fixtures'));
    writeFileSync(join(dist, 'libs/demo/territoire/fixtures', FIXTURES_PAR_TENANT.cabbalr), '{}');
    expect(dossierFixturesTerritoires(join(dist, 'libs/demo/territoire/src'))).toBe(join(dist, 'libs/demo/territoire/fixtures'));
    expect(dossierFixturesTerritoires('/', REPO)).toBe(expected);
    expect(dossierFixturesTerritoires('/', '/')).toBeNull();
  });

  it('seeds every tenant once; again, it recognises each from its last commands and runs nothing', async () => {
    const { store, handle, seeder: s } = seeder();
    const progress: string[] = [];
    const first = await s.seed('all', { onProgress: ({ tenant, done, total }) => done === total && progress.push(tenant) });
    expect(first.map((r) => [r.tenant, r.alreadySeeded])).toEqual(TENANTS_SEED.map((t) => [t, false]));
    expect(progress).toEqual(TENANTS_SEED);
    const events = (await store.readAll()).length;
    expect(first.reduce((sum, r) => sum + r.eventsAppended, 0)).toBe(events);
    handle.mockClear();
    const second = await s.seed('all');
    expect(second.every((r) => r.alreadySeeded && r.executed === 0 && r.eventsAppended === 0)).toBe(true);
    expect(handle).not.toHaveBeenCalled();
    expect((await store.readAll()).length).toBe(events);
    // Every seeded event carries the seed's system actor and provenance.
    expect((await store.readAll()).every((e) => e.metadata.actor.role === 'system' && e.metadata.source === 'import' && !!e.metadata.provenance)).toBe(true);
  });

  it.each([
    ['near its end: it resumes after its last recorded command', 5],
    ['early: it runs again from the start, appending only what is missing', 200],
  ])('an interrupted seed, %s', async (_label, remaining) => {
    const fixture = JSON.parse(readFileSync(join(REPO, 'libs/demo/territoire/fixtures', FIXTURES_PAR_TENANT.cabbalr), 'utf8'));
    const commands = fixtureToCommands(fixture, 'cabbalr');
    const { store, handler, seeder: s } = seeder();
    const done = commands.length - remaining;
    for (const { stream, command } of commands.slice(0, done)) await handler.handle(deciderPourStream(stream)!, { stream, command });
    const before = (await store.readAll()).length;
    const [report] = await s.seed('cabbalr');
    expect(report).toMatchObject({ alreadySeeded: false, executed: remaining < 20 ? remaining : commands.length });
    expect(report.eventsAppended).toBe((await store.readAll()).length - before);

    const full = seeder();
    await full.seeder.seed('cabbalr');
    const types = async (st: MemoryEventStore) => (await st.readAll()).map((e) => `${e.stream} ${e.type}`);
    expect(await types(store)).toEqual(await types(full.store));
  });

  it('refuses an unknown tenant and a missing fixtures folder', async () => {
    const { seeder: s } = seeder();
    await expect(s.seed('inconnu' as never)).rejects.toThrow(/no fixture for tenant inconnu/);
    await expect(s.seed('cabbalr', { fixturesDir: '/nonexistent' })).rejects.toThrow(/ENOENT/);
  });
});
