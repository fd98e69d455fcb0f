import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CommandHandler, MemoryEventStore, type RecordedEvent } from '@cdv/eventsourcing';
import { executerCommandes } from '@cdv/application-programmation';
import { ProgrammationSeeder, REGLES_DEMO, type SeedProgress } from './programmation-seeder';
import { fixtureToCommands, TerritoireSeeder } from '@cdv/demo-territoire';

const FIXTURE = join(__dirname, '../../territoire/fixtures/cabbalr.json');
const territoireCommands = () => fixtureToCommands(JSON.parse(readFileSync(FIXTURE, 'utf8')), 'cabbalr');

/** The territoire seed as `cli seed` runs it (TerritoireSeeder throws on any refusal). */
async function seedTerritoire(handler: CommandHandler, store: MemoryEventStore): Promise<void> {
  const [report] = await new TerritoireSeeder(handler, store).seed('cabbalr');
  expect(report).toMatchObject({ alreadySeeded: false, executed: report.commands });
}

const ids = (events: readonly RecordedEvent[], type: string, field: string) =>
  new Set(events.filter((e) => e.type === type).map((e) => (e.data as Record<string, string>)[field]));

describe('ProgrammationSeeder (territoire seed, then the demo programmation, on one store)', () => {
  let store: MemoryEventStore;
  let events: RecordedEvent[];
  const progress: SeedProgress[] = [];

  beforeAll(async () => {
    store = new MemoryEventStore();
    const handler = new CommandHandler(store);
    await seedTerritoire(handler, store);
    const [result] = await new ProgrammationSeeder(handler).seedDemo({ onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ tenant: 'cabbalr', alreadySeeded: false });
    expect(result.appended).toBeGreaterThan(800);
    events = await store.readAll();
  });

  it('reports progress up to the whole plan', () => {
    expect(progress.length).toBe(ProgrammationSeeder.plan('cabbalr').length);
    expect(progress.map((p) => p.done)).toEqual(progress.map((_, i) => i + 1));
    expect(progress[progress.length - 1]).toMatchObject({ done: progress[0].total, alreadySeeded: false });
  });

  it('registers exactly the partners the demo names that the territoire seed does not', () => {
    const territoire = new Set(
      territoireCommands()
        .filter((c) => c.command.type === 'EnregistrerPartenaire')
        .map((c) => (c.command.data as { partenaireId: string }).partenaireId),
    );
    const complement = ProgrammationSeeder.plan('cabbalr').filter((c) => c.aggregate === 'referentiel');
    const complementIds = complement.map((c) => (c.command.data as { partenaireId: string }).partenaireId);
    expect(complementIds.filter((id) => territoire.has(id))).toEqual([]);

    const partenaires = ids(events, 'PartenaireEnregistre', 'partenaireId');
    const porteurs = events.filter((e) => e.type === 'DossierDepose').map((e) => (e.data as { porteur: { id: string } }).porteur.id);
    const financeurs = events.filter((e) => e.type === 'FinancementDemande').map((e) => (e.data as { financeur: { id: string } }).financeur.id);
    const referenced = new Set([...porteurs, ...financeurs]);
    expect([...referenced].filter((id) => !partenaires.has(id))).toEqual([]);
    // Each complement partner is needed: none is registered for nothing.
    expect(complementIds.filter((id) => !referenced.has(id))).toEqual([]);
  });

  it('records the tenant’s financing rules the demo amounts follow', () => {
    const [regles] = events.filter((e) => e.stream === 'cabbalr:regles');
    expect(regles).toMatchObject({
      type: 'ReglesFinancementDefinies',
      data: { regles: REGLES_DEMO.cabbalr, nombreAvant: 0 },
      metadata: { actor: { role: 'system' } },
    });
  });

  it('names only QPV and cadre nodes the territoire seed declares', () => {
    const qpv = ids(events, 'QpvDeclare', 'qpvId');
    const noeuds = ids(events, 'ObjectifAjoute', 'noeudId');
    const deposes = events
      .filter((e) => e.type === 'DossierDepose')
      .map((e) => e.data as { qpv: Array<{ id: string }>; classement: Record<string, { id: string } | undefined> });
    expect(deposes.flatMap((d) => d.qpv.map((q) => q.id)).filter((id) => !qpv.has(id))).toEqual([]);
    const tags = deposes.flatMap((d) => ['pilier', 'priorite', 'sousPriorite'].map((k) => d.classement[k]?.id).filter((id): id is string => !!id));
    expect(tags.length).toBeGreaterThan(123);
    expect(tags.filter((id) => !noeuds.has(id))).toEqual([]);
  });

  it('is fast and appends nothing when seeded already (marker: the last command, then what it calls for)', async () => {
    const head = await store.headPosition();
    let reads = 0;
    const counting = Object.assign(Object.create(store) as MemoryEventStore, {
      readStream: (...args: Parameters<MemoryEventStore['readStream']>) => {
        reads += 1;
        return store.readStream(...args);
      },
    });
    const seen: SeedProgress[] = [];
    const [again] = await new ProgrammationSeeder(new CommandHandler(counting)).seedDemo({ onProgress: (p) => seen.push(p) });
    expect(again).toMatchObject({ alreadySeeded: true, appended: 0 });
    expect(seen).toEqual([expect.objectContaining({ alreadySeeded: true, done: again.commands, total: again.commands })]);
    expect(reads).toBeLessThanOrEqual(3);
    expect(await store.headPosition()).toBe(head);
  });

  it('resumes a run stopped half-way and ends with the same history as one run', async () => {
    const partial = new MemoryEventStore();
    const handler = new CommandHandler(partial);
    await seedTerritoire(handler, partial);
    const plan = ProgrammationSeeder.plan('cabbalr');
    const half = await executerCommandes(handler, plan.slice(0, Math.floor(plan.length * 0.6)), { regles: REGLES_DEMO.cabbalr });
    expect(half.refus).toBeNull();
    const [rest] = await new ProgrammationSeeder(handler).seedDemo();
    expect(rest.alreadySeeded).toBe(false);
    const types = (list: readonly RecordedEvent[]) => list.map((e) => `${e.stream} ${e.type}`).sort();
    expect(types(await partial.readAll())).toEqual(types(events));
  });

  it('refuses to seed a programmation whose référentiel is not there', async () => {
    await expect(new ProgrammationSeeder(new CommandHandler(new MemoryEventStore())).seedDemo()).rejects.toThrow(/seed the territoire first/);
  });
});
