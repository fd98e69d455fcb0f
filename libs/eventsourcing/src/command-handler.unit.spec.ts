import { MemoryEventStore } from './memory/memory-event-store';
import type { CommandMetadata } from './decider';
import { CommandHandler } from './command-handler';
import type { Command, Decider } from './decider';
import type { DomainEvent } from './envelope';
import { refuse } from './refusal';
import { UpcasterRegistry } from './upcasters';

// A minimal decider: a ticket that can be opened once and closed once.
type Ouvrir = Command<'Ouvrir', { titre: string }>;
type Fermer = Command<'Fermer', Record<string, never>>;
type TicketEvent = DomainEvent<'Ouvert', { titre: string }> | DomainEvent<'Ferme', Record<string, never>>;
type State = { statut: 'inexistant' | 'ouvert' | 'ferme' };

const ticket: Decider<Ouvrir | Fermer, TicketEvent, State> = {
  initialState: () => ({ statut: 'inexistant' }),
  evolve: (state, event) => (event.type === 'Ouvert' ? { statut: 'ouvert' } : event.type === 'Ferme' ? { statut: 'ferme' } : state),
  decide(command, state) {
    if (command.type === 'Ouvrir') {
      if (state.statut !== 'inexistant') return refuse.invalidTransition(state.statut, 'Ouvrir');
      if (!command.data.titre) return refuse.validation('titre', 'titre is required');
      return [{ type: 'Ouvert', data: { titre: command.data.titre } }];
    }
    if (state.statut === 'ferme') return [];
    if (state.statut !== 'ouvert') return refuse.invalidTransition(state.statut, 'Fermer');
    return [{ type: 'Ferme', data: {} }];
  },
};

const stream = 'mel:ticket-1';
const aCommandMetadata = (extra: Partial<CommandMetadata>): CommandMetadata => ({
  tenantId: 'mel',
  actor: { userId: 'u1', role: 'agent' },
  source: 'api',
  now: '2024-03-01T09:00:00.000Z',
  ...extra,
});
const ouvrir = (titre = 'Fuite', commandId?: string): Ouvrir => ({ type: 'Ouvrir', data: { titre }, metadata: aCommandMetadata({ commandId }) });
const fermer = (commandId?: string): Fermer => ({ type: 'Fermer', data: {}, metadata: aCommandMetadata({ commandId, reason: 'réparé' }) });

describe('CommandHandler', () => {
  let store: MemoryEventStore;
  let handler: CommandHandler;
  beforeEach(() => {
    store = new MemoryEventStore();
    handler = new CommandHandler(store);
  });

  it('reads, decides and appends with the metadata of the command', async () => {
    const result = await handler.handle(ticket, { stream, command: ouvrir() });
    expect(result).toMatchObject({ ok: true, nextExpectedRevision: 0, state: { statut: 'ouvert' }, replayed: false });
    const [event] = await store.readStream(stream);
    expect(event).toMatchObject({ type: 'Ouvert', revision: 0, metadata: { tenantId: 'mel', actor: { role: 'agent' }, source: 'api' } });
    expect(event.metadata).not.toHaveProperty('now');
  });

  it('returns refusals as values and appends nothing', async () => {
    const result = await handler.handle(ticket, { stream, command: fermer() });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'INVALID_TRANSITION' }, currentRevision: -1 });
    expect(await store.headPosition()).toBe(0);
  });

  it('refuses a stale expectedRevision with CONFLICT and the current revision', async () => {
    await handler.handle(ticket, { stream, command: ouvrir() });
    const result = await handler.handle(ticket, { stream, command: fermer(), expectedRevision: -1 });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'CONFLICT', details: { currentRevision: 0 } }, currentRevision: 0 });
  });

  it('a repeated commandId returns the first result and appends nothing', async () => {
    const first = await handler.handle(ticket, { stream, command: ouvrir('Fuite', 'cmd-1') });
    const again = await handler.handle(ticket, { stream, command: ouvrir('Fuite', 'cmd-1'), expectedRevision: -1 });
    expect(again).toMatchObject({ ok: true, replayed: true, nextExpectedRevision: 0 });
    expect(again.ok && again.events.map((e) => e.id)).toEqual(first.ok && first.events.map((e) => e.id));
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('a command already satisfied appends nothing', async () => {
    await handler.handle(ticket, { stream, command: ouvrir() });
    await handler.handle(ticket, { stream, command: fermer() });
    const result = await handler.handle(ticket, { stream, command: fermer() });
    expect(result).toMatchObject({ ok: true, events: [], nextExpectedRevision: 1 });
  });

  it('concurrent commands on one stream: exactly one wins, the others get CONFLICT', async () => {
    await handler.handle(ticket, { stream, command: ouvrir() });
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => handler.handle(ticket, { stream, command: fermer(`close-${i}`), expectedRevision: 0 })),
    );
    expect(results.filter((r) => r.ok && r.events.length === 1)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.refusal.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(await store.readStream(stream)).toHaveLength(2);
  });
});

describe('CommandHandler state cache', () => {
  // counts the events a decider folds, to tell a full read from a read of the tail
  type Compte = Command<'Compter', { n: number }>;
  type Compte_ = DomainEvent<'Compte', { n: number }>;
  const compteur = (): Decider<Compte, Compte_, { total: number; events: number }> & { folded: number } => {
    const decider = {
      folded: 0,
      initialState: () => ({ total: 0, events: 0 }),
      evolve: (state: { total: number; events: number }, event: Compte_) => {
        decider.folded += 1;
        return { total: state.total + event.data.n, events: state.events + 1 };
      },
      decide: (command: Compte) =>
        command.data.n < 0 ? refuse.validation('n', 'n must be ≥ 0') : command.data.n === 0 ? [] : [{ type: 'Compte' as const, data: { n: command.data.n } }],
    };
    return decider;
  };
  const compter = (n: number, commandId?: string): Compte => ({ type: 'Compter', data: { n }, metadata: aCommandMetadata({ commandId }) });
  const counter = 'mel:compteur-1';

  let store: MemoryEventStore;
  beforeEach(() => {
    store = new MemoryEventStore();
  });

  it('decides on its cached state without reading the store, and folds the same state as a full read', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    const readStream = jest.spyOn(store, 'readStream');
    for (let n = 1; n <= 10; n++) await handler.handle(decider, { stream: counter, command: compter(n) });
    // 10 commands: one read of the empty stream, then each decides on the state the previous one left in the cache
    expect(readStream).toHaveBeenCalledTimes(1);
    expect(decider.folded).toBe(10); // only the 10 new events, evolved into each result
    const { state, revision } = await handler.load(decider, counter);
    expect(readStream.mock.calls[1][1]).toEqual({ fromRevision: 10 }); // load reads the tail after the cached revision
    expect({ state, revision }).toEqual({ state: { total: 55, events: 10 }, revision: 9 });
    expect(await new CommandHandler(store, { stateCacheSize: 0 }).load(compteur(), counter)).toEqual({ state, revision });
  });

  it('a cache behind the head costs one refused append, then the command is decided again on the events read after it', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    await handler.handle(decider, { stream: counter, command: compter(1) });
    await new CommandHandler(store).handle(decider, { stream: counter, command: compter(10) });
    const append = jest.spyOn(store, 'append');
    const readStream = jest.spyOn(store, 'readStream');
    const result = await handler.handle(decider, { stream: counter, command: compter(100), retriesOnConflict: 0 });
    expect(result).toMatchObject({ ok: true, nextExpectedRevision: 2, state: { total: 111, events: 3 } });
    expect(append.mock.calls.map(([, , options]) => options.expectedRevision)).toEqual([0, 1]);
    expect(readStream.mock.calls).toEqual([[counter, { fromRevision: 1 }]]);
  });

  it('a replay reads only the events of the command, and answers the state of the stream now', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    for (let n = 1; n <= 5; n++) await handler.handle(decider, { stream: counter, command: compter(n, `c-${n}`) });
    const readStream = jest.spyOn(store, 'readStream');
    const again = await handler.handle(decider, { stream: counter, command: compter(2, 'c-2') });
    expect(again).toMatchObject({ ok: true, replayed: true, nextExpectedRevision: 1, state: { total: 15, events: 5 } });
    expect(again.ok && again.events.map((event) => event.data)).toEqual([{ n: 2 }]);
    expect(readStream.mock.calls).toEqual([
      [counter, { fromRevision: 5 }], // the tail after the cached head (nothing)
      [counter, { fromRevision: 1, maxCount: 1 }], // the command's own event
    ]);
    const cold = await new CommandHandler(store).handle(decider, { stream: counter, command: compter(2, 'c-2') });
    expect(cold).toEqual(again);
  });

  it('sees the events other writers appended (another handler, another process) before deciding', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    const other = new CommandHandler(store);
    await handler.handle(decider, { stream: counter, command: compter(1) });
    await other.handle(decider, { stream: counter, command: compter(10) });
    await store.append(counter, [{ type: 'Compte', data: { n: 100 }, metadata: aCommandMetadata({}) }], { expectedRevision: 1 });
    const result = await handler.handle(decider, { stream: counter, command: compter(1000) });
    expect(result).toMatchObject({ ok: true, nextExpectedRevision: 3, state: { total: 1111, events: 4 } });
  });

  it('a commandId recorded by another handler after the cache was filled is still a replay', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    await handler.handle(decider, { stream: counter, command: compter(1, 'c-1') });
    await handler.handle(decider, { stream: counter, command: compter(2, 'c-2') }); // cache holds revision 0
    const first = await new CommandHandler(store).handle(decider, { stream: counter, command: compter(3, 'c-3') });
    const again = await handler.handle(decider, { stream: counter, command: compter(3, 'c-3') });
    expect(again).toMatchObject({ ok: true, replayed: true, nextExpectedRevision: 2, state: { total: 6, events: 3 } });
    expect(again.ok && again.events.map((event) => event.id)).toEqual(first.ok && first.events.map((event) => event.id));
    const replayOfOwn = await handler.handle(decider, { stream: counter, command: compter(2, 'c-2'), expectedRevision: 0 });
    expect(replayOfOwn).toMatchObject({ ok: true, replayed: true, nextExpectedRevision: 1 });
    expect(await store.readStream(counter)).toHaveLength(3);
  });

  it('a stale expectedRevision is a CONFLICT with the revision written meanwhile by someone else', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    await handler.handle(decider, { stream: counter, command: compter(1) });
    await handler.handle(decider, { stream: counter, command: compter(1) });
    await new CommandHandler(store).handle(decider, { stream: counter, command: compter(1) });
    const result = await handler.handle(decider, { stream: counter, command: compter(1), expectedRevision: 1 });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'CONFLICT', details: { expectedRevision: 1, currentRevision: 2 } }, currentRevision: 2 });
  });

  it('a write that lands between the read and the append is retried on the new head', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    await handler.handle(decider, { stream: counter, command: compter(1) });
    await handler.handle(decider, { stream: counter, command: compter(1) });
    const append = store.append.bind(store);
    let raced = false;
    jest.spyOn(store, 'append').mockImplementation(async (stream, events, options) => {
      if (!raced) {
        raced = true;
        await append(stream, [{ type: 'Compte', data: { n: 100 }, metadata: aCommandMetadata({}) }], { expectedRevision: 'any' });
      }
      return append(stream, events, options);
    });
    const result = await handler.handle(decider, { stream: counter, command: compter(1000) });
    expect(result).toMatchObject({ ok: true, nextExpectedRevision: 3, state: { total: 1102, events: 4 } });
    expect((await handler.load(decider, counter)).state).toEqual({ total: 1102, events: 4 });
  });

  it('keeps one state per decider: another decider on the same stream folds its own', async () => {
    const decider = compteur();
    const parite: Pick<Decider<Command, Compte_, boolean>, 'evolve' | 'initialState'> = { initialState: () => true, evolve: (pair) => !pair };
    const handler = new CommandHandler(store);
    await handler.handle(decider, { stream: counter, command: compter(5) });
    expect((await handler.load(parite, counter)).state).toBe(false);
    await handler.handle(decider, { stream: counter, command: compter(5) });
    expect((await handler.load(parite, counter)).state).toBe(true);
    expect((await handler.load(decider, counter)).state).toEqual({ total: 10, events: 2 });
  });

  it('refusals and satisfied commands come from the state of the current head', async () => {
    const decider = compteur();
    const handler = new CommandHandler(store);
    await handler.handle(decider, { stream: counter, command: compter(1) });
    await new CommandHandler(store).handle(decider, { stream: counter, command: compter(2) });
    expect(await handler.handle(decider, { stream: counter, command: compter(-1) })).toMatchObject({
      ok: false,
      refusal: { code: 'VALIDATION_FAILED' },
      currentRevision: 1,
    });
    expect(await handler.handle(decider, { stream: counter, command: compter(0) })).toMatchObject({
      ok: true,
      events: [],
      nextExpectedRevision: 1,
      state: { total: 3 },
    });
  });

  it('stays correct when more streams are used than it keeps, and with upcasters registered later', async () => {
    const decider = compteur();
    const upcasters = new UpcasterRegistry();
    const handler = new CommandHandler(store, { stateCacheSize: 3, upcasters });
    for (let round = 0; round < 3; round++) {
      for (let index = 0; index < 5; index++) await handler.handle(decider, { stream: `mel:compteur-${index}`, command: compter(index + 1) });
    }
    for (let index = 0; index < 5; index++) expect((await handler.load(decider, `mel:compteur-${index}`)).state).toEqual({ total: 3 * (index + 1), events: 3 });
    upcasters.register({ type: 'Compte', fromVersion: 1, upcast: (data) => ({ n: (data as { n: number }).n * 2 }) });
    expect((await handler.load(decider, 'mel:compteur-4')).state).toEqual({ total: 30, events: 3 });
  });
});

describe('CommandHandler: a commandId reused for something else (issue 12, item 10)', () => {
  // A command sent through the API carries what the client sent (`request`); the fingerprint is computed from it.
  const viaApi = <C extends Ouvrir | Fermer>(command: C, request: Record<string, unknown>): C => ({
    ...command,
    metadata: { ...command.metadata, request: { commandId: command.metadata.commandId, ...request } },
  });
  const ouvrirApi = (titre: string, commandId = 'cmd-1') => viaApi(ouvrir(titre, commandId), { titre });
  const fermerApi = (commandId = 'cmd-1') => viaApi(fermer(commandId), {});

  let store: MemoryEventStore;
  let handler: CommandHandler;
  beforeEach(() => {
    store = new MemoryEventStore();
    handler = new CommandHandler(store);
  });

  it('given a command recorded with a commandId, when the same request comes again, then the first result is replayed', async () => {
    const first = await handler.handle(ticket, { stream, command: ouvrirApi('Fuite') });
    const again = await new CommandHandler(store).handle(ticket, { stream, command: ouvrirApi('Fuite') });
    expect(again).toMatchObject({ ok: true, replayed: true });
    expect(again.ok && again.events.map((event) => event.id)).toEqual(first.ok && first.events.map((event) => event.id));
  });

  it('given a command recorded with a commandId, when the key comes with other values, then CONFLICT IDEMPOTENCY_KEY_REUSED and nothing is appended', async () => {
    await handler.handle(ticket, { stream, command: ouvrirApi('Fuite') });
    for (const current of [handler, new CommandHandler(store)]) {
      const result = await current.handle(ticket, { stream, command: ouvrirApi('Inondation') });
      expect(result).toMatchObject({
        ok: false,
        refusal: { code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_KEY_REUSED', commandId: 'cmd-1', stream, recordedEventTypes: ['Ouvert'] } },
      });
    }
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('given a command recorded with a commandId, when another command comes with the key, then CONFLICT IDEMPOTENCY_KEY_REUSED', async () => {
    await handler.handle(ticket, { stream, command: ouvrirApi('Fuite') });
    const result = await handler.handle(ticket, { stream, command: fermerApi() });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_KEY_REUSED' } } });
    expect(await store.readStream(stream)).toHaveLength(1);
  });

  it('records the fingerprint in the events’ metadata, never the request itself', async () => {
    await handler.handle(ticket, { stream, command: ouvrirApi('Fuite') });
    const [event] = await store.readStream(stream);
    expect(event.metadata.commandFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(event.metadata).not.toHaveProperty('request');
  });

  describe('given an event recorded before fingerprints existed (no commandFingerprint in its metadata)', () => {
    beforeEach(async () => {
      await store.append(stream, [{ type: 'Ouvert', data: { titre: 'Fuite' }, metadata: aCommandMetadata({ commandId: 'cmd-1' }) }], {
        expectedRevision: 'no_stream',
      });
    });

    it('when the same command type comes with the key, then it replays (compared by the types of the events it decides)', async () => {
      expect(await handler.handle(ticket, { stream, command: ouvrirApi('Fuite') })).toMatchObject({ ok: true, replayed: true });
    });

    it('when another command comes with the key, then CONFLICT IDEMPOTENCY_KEY_REUSED', async () => {
      const result = await handler.handle(ticket, { stream, command: fermerApi() });
      expect(result).toMatchObject({ ok: false, refusal: { code: 'CONFLICT', details: { reason: 'IDEMPOTENCY_KEY_REUSED' } } });
    });
  });

  it('commands of the platform’s own processes (no request) replay as before: their keys are derived from their inputs', async () => {
    await handler.handle(ticket, { stream, command: ouvrir('Fuite', 'import-1') });
    expect(await handler.handle(ticket, { stream, command: ouvrir('Fuite, libellé corrigé', 'import-1') })).toMatchObject({ ok: true, replayed: true });
  });
});
