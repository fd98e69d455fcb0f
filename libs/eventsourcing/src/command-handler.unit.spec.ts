import { MemoryEventStore } from './memory/memory-event-store';
import type { CommandMetadata } from './decider';
import { CommandHandler } from './command-handler';
import type { Command, Decider } from './decider';
import type { DomainEvent } from './envelope';
import { refuse } from './refusal';

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
