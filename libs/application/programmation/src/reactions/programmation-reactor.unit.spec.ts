import { MemoryEventStore, type RecordedEvent } from '@cdv/eventsourcing';
import { JsonLogger, type PlatformConfig } from '@cdv/platform';
import type { DossierReactions } from './dossier-reactions.service';
import { ProgrammationReactor, REACTOR_CHECKPOINT } from './programmation-reactor';

/** The reactor's bookkeeping with a fake process manager: what it reads, from where, and where it resumes. */
describe('ProgrammationReactor', () => {
  const context = { tenantId: 'mel', actor: { userId: 'agent', role: 'agent' as const }, source: 'api' as const };
  const arretee = (comiteId: string) => ({
    type: 'ProgrammationArretee',
    data: { comiteId, annee: 2025, date: '2025-03-15', presents: [], decisions: [] },
    metadata: context,
  });

  function setup(store: MemoryEventStore, checkpoints: Map<string, number>, runProjections = true) {
    const seen: RecordedEvent[] = [];
    const reactions = {
      appliquer: async (events: readonly RecordedEvent[]) => {
        seen.push(...events);
        return { effets: [], position: 0 };
      },
    } as unknown as DossierReactions;
    const readStore = {
      globalCheckpoint: async (name: string) => checkpoints.get(name) ?? 0,
      saveGlobalCheckpoint: async (name: string, position: number) => void checkpoints.set(name, Math.max(position, checkpoints.get(name) ?? 0)),
    };
    const reactor = new ProgrammationReactor({ runProjections } as PlatformConfig, store, readStore, reactions, new JsonLogger('standalone', 'error'));
    return { reactor, seen };
  }

  const until = async (check: () => boolean) => {
    const limit = Date.now() + 2_000;
    while (!check()) {
      if (Date.now() > limit) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('reads only comité and convention events, saves its checkpoint, and resumes from it', async () => {
    const store = new MemoryEventStore();
    const checkpoints = new Map<string, number>();
    await store.append('mel:comite-c1', [arretee('c1')], { expectedRevision: 'any' });
    await store.append('mel:dossier-d1', [{ type: 'DossierDepose', data: { dossierId: 'd1' }, metadata: context }], { expectedRevision: 'any' });
    const first = setup(store, checkpoints);
    first.reactor.onApplicationBootstrap();
    // the checkpoint moves past the dossier event too: the log was read up to there
    await until(() => first.seen.length === 1 && checkpoints.get(REACTOR_CHECKPOINT) === 2);
    const live = await store.append('mel:comite-c2', [arretee('c2')], { expectedRevision: 'any' });
    await until(() => first.seen.length === 2 && checkpoints.get(REACTOR_CHECKPOINT) === live.positions[0]);
    await first.reactor.onModuleDestroy();

    // A restart resumes after the checkpoint: what was handled is not handled again.
    const later = await store.append('mel:comite-c3', [arretee('c3')], { expectedRevision: 'any' });
    const second = setup(store, checkpoints);
    second.reactor.onApplicationBootstrap();
    await until(() => second.seen.length === 1);
    expect(second.seen.map((event) => event.position)).toEqual(later.positions);
    await second.reactor.onModuleDestroy();
    expect(first.seen.map((event) => event.type)).toEqual(['ProgrammationArretee', 'ProgrammationArretee']);
  });

  it('does not run where projections do not run', async () => {
    const store = new MemoryEventStore();
    await store.append('mel:comite-c1', [arretee('c1')], { expectedRevision: 'any' });
    const { reactor, seen } = setup(store, new Map(), false);
    reactor.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(seen).toEqual([]);
    await reactor.onModuleDestroy();
  });
});
