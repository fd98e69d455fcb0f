import { COMMAND_LIMITS, checkCommandLimits, textProblem } from './command-limits';
import type { Command, CommandMetadata } from './decider';
import { CommandHandler } from './command-handler';
import { MemoryEventStore } from './memory/memory-event-store';

const metadata = (extra: Partial<CommandMetadata> = {}): CommandMetadata => ({
  tenantId: 'mel',
  actor: { userId: 'u1', role: 'agent' },
  source: 'api',
  now: '2024-03-01T09:00:00.000Z',
  ...extra,
});
const command = (data: unknown, extra: Partial<CommandMetadata> = {}): Command => ({ type: 'Faire', data, metadata: metadata(extra) });
const field = (value: Command) => checkCommandLimits(value)?.details.field;

describe('command limits: what may enter the permanent log', () => {
  it('accepts ordinary commands, accents, emoji, line breaks and tabs', () => {
    expect(checkCommandLimits(command({ titre: 'Ateliers numériques 🎨', recit: 'ligne 1\nligne 2\tfin', publics: ['jeunes'], montant: 450000 }))).toBeNull();
    expect(checkCommandLimits(command({}, { reason: 'Comité du 12 mars', commandId: 'vote-2019-001', effectiveAt: '2024-03-12' }))).toBeNull();
  });

  it.each([
    ['a NUL', 'a\u0000b', /U\+0000/],
    ['a bell', 'a\u0007b', /U\+0007/],
    ['a lone high surrogate', 'a\ud800b', /unpaired surrogate/],
    ['a lone low surrogate', '\udc00', /unpaired surrogate/],
    ['a high surrogate at the end', 'fin\ud83d', /unpaired surrogate/],
  ])('refuses %s in any text, naming the field', (_name, text, message) => {
    const refusal = checkCommandLimits(command({ decisions: [{ motif: 'ok' }, { motif: text }] }));
    expect(refusal).toMatchObject({ code: 'VALIDATION_FAILED', details: { field: 'decisions[1].motif' } });
    expect(refusal?.message).toMatch(message);
    expect(textProblem(text)).not.toBeNull();
  });

  it('bounds the metadata: reason, commandId and the other ids, effectiveAt', () => {
    expect(field(command({}, { reason: 'x'.repeat(COMMAND_LIMITS.reason + 1) }))).toBe('reason');
    expect(field(command({}, { reason: 'pourquoi\u0000' }))).toBe('reason');
    expect(field(command({}, { commandId: 'c'.repeat(900_000) }))).toBe('commandId');
    expect(field(command({}, { correlationId: 'c'.repeat(8_192) }))).toBe('correlationId');
    expect(field(command({}, { actor: { userId: 'u\ud800', role: 'agent' } }))).toBe('actor.userId');
    expect(field(command({}, { effectiveAt: '2025-02-30T00:00:00Z' }))).toBe('effectiveAt');
    expect(field(command({}, { effectiveAt: '9999-01-01' }))).toBe('effectiveAt');
    expect(checkCommandLimits(command({}, { reason: 'x'.repeat(COMMAND_LIMITS.reason) }))).toBeNull();
  });

  it('bounds every string, list, depth and the number of values of the data', () => {
    expect(field(command({ recit: 'x'.repeat(COMMAND_LIMITS.text + 1) }))).toBe('recit');
    expect(field(command({ publics: Array.from({ length: 50_000 }, () => 'p') }))).toBe('publics');
    let nested: unknown = 'fond';
    for (let level = 0; level < 20; level++) nested = { niveau: nested };
    expect(checkCommandLimits(command(nested))?.message).toMatch(/nested more than/);
    const wide = Array.from({ length: 60 }, () => Array.from({ length: 1_000 }, () => 1));
    expect(checkCommandLimits(command({ lignes: wide }))?.message).toMatch(/more than 50000 values/);
    expect(field(command({ ['cl\u0000e']: 1 }))).toBe('cl\u0000e');
  });

  it('is enforced by the command handler before anything is decided or appended', async () => {
    const store = new MemoryEventStore();
    const handler = new CommandHandler(store);
    const decider = {
      initialState: () => ({}),
      evolve: (state: object) => state,
      decide: () => [{ type: 'Fait', data: {} }],
    };
    const result = await handler.handle(decider, { stream: 'mel:chose-1', command: command({ texte: 'ok' }, { reason: 'r'.repeat(1_000_000) }) });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'VALIDATION_FAILED', details: { field: 'reason' } }, currentRevision: -1 });
    expect(await store.headPosition()).toBe(0);
    expect((await handler.handle(decider, { stream: 'mel:chose-1', command: command({ texte: 'ok' }) })).ok).toBe(true);
  });
});
