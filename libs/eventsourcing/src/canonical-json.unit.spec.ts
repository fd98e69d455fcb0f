import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { hashEvent, verifyStreamChain } from './hash-chain';
import { prepareAppend } from './memory/prepare-append';
import type { RecordedEvent } from './envelope';

/**
 * The original definition of canonical JSON, as first released: every hash stored so far was computed with it.
 * The optimised implementation must give the very same bytes for every input, or stored chains stop verifying.
 */
function referenceCanonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    if (typeof value === 'bigint') throw new TypeError('canonicalJson: bigint is not JSON');
    return JSON.stringify(value) ?? 'null';
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return referenceCanonicalJson((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : referenceCanonicalJson(item))).join(',')}]`;
  const record = value as Record<string, unknown>;
  const members = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${referenceCanonicalJson(record[key])}`);
  return `{${members.join(',')}}`;
}

/** Deterministic pseudo-random source (a failing case can be replayed from its seed). */
function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const STRING_PIECES = [
  '',
  'a',
  'dossier',
  'Épeule',
  'l’emploi',
  'à 25 ans — quartier',
  '"quoted"',
  'back\\slash',
  'line\nbreak\ttab\r',
  '\u0000\u0001\u001f\u007f',
  '\u2028\u2029',
  '😀',
  '\ud83d', // lone high surrogate
  '\ude00', // lone low surrogate
  '\ude00\ud83d', // reversed pair
  'ﬁ',
  '中文',
  '0',
  '10',
  '__proto__',
  'constructor',
  'toJSON',
  'Z',
  'z',
  'é',
  'e\u0301',
];
const NUMBERS = [
  0,
  -0,
  1,
  -1,
  42,
  450000,
  2024,
  0.1,
  0.5,
  -2.75,
  1 / 3,
  1e21,
  1e-7,
  5e-324,
  1.7976931348623157e308,
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  123456789.125,
];

class Montant {
  constructor(
    readonly cents: number,
    readonly devise = 'EUR',
  ) {}
}

function aString(random: () => number): string {
  const count = Math.floor(random() * 4);
  let out = '';
  for (let index = 0; index < count; index++) out += STRING_PIECES[Math.floor(random() * STRING_PIECES.length)];
  return out;
}

function aValue(random: () => number, depth: number): unknown {
  const roll = random();
  if (depth > 4 || roll < 0.3 + depth * 0.15) {
    const kind = Math.floor(random() * 9);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return random() < 0.5;
      case 2:
      case 3:
        return NUMBERS[Math.floor(random() * NUMBERS.length)];
      case 4:
        return Math.floor(random() * 2_000_000_000) - 1_000_000_000;
      case 5:
        return undefined;
      default:
        return aString(random);
    }
  }
  if (roll < 0.55) {
    const length = Math.floor(random() * 6);
    const array: unknown[] = [];
    for (let index = 0; index < length; index++) array.push(aValue(random, depth + 1));
    if (random() < 0.05) array.length += 2; // trailing holes
    if (random() < 0.05 && array.length > 0) delete array[0]; // a hole in front
    return array;
  }
  if (roll < 0.6) return new Date(Date.UTC(2024, Math.floor(random() * 12), 1 + Math.floor(random() * 28), 9, 30));
  if (roll < 0.63) {
    const seed = Math.floor(random() * 1e6) + 1; // the same value at every call of toJSON
    return { toJSON: () => aValue(seeded(seed), depth + 1) };
  }
  if (roll < 0.65) return new Montant(Math.floor(random() * 1e6));
  if (roll < 0.66) return random() < 0.5 ? () => 1 : Symbol('s');
  const record: Record<string, unknown> = random() < 0.1 ? Object.create(null) : {};
  const size = random() < 0.05 ? 40 + Math.floor(random() * 10) : Math.floor(random() * 8);
  for (let index = 0; index < size; index++) {
    const key = random() < 0.3 ? aString(random) : `k${Math.floor(random() * 60)}`;
    if (key === '__proto__') Object.defineProperty(record, key, { value: aValue(random, depth + 1), enumerable: true, writable: true, configurable: true });
    else record[key] = aValue(random, depth + 1);
  }
  return record;
}

describe('canonicalJson', () => {
  it('gives the bytes of the reference definition on 5 000 random values (unicode, nesting, numbers, toJSON, undefined, holes)', () => {
    const random = seeded(20240301);
    for (let run = 0; run < 5_000; run++) {
      const value = aValue(random, 0);
      const expected = referenceCanonicalJson(value);
      const actual = canonicalJson(value);
      if (actual !== expected) throw new Error(`run ${run}: ${JSON.stringify(actual).slice(0, 2_000)} !== ${JSON.stringify(expected).slice(0, 2_000)}`);
    }
  });

  it('matches the reference on hand-picked edge cases', () => {
    const sparse = [1, , 3];
    const cases: unknown[] = [
      undefined,
      null,
      true,
      '',
      'é"\\\n\u0000\ud800',
      -0,
      1e21,
      [],
      {},
      [undefined, null, () => 1, Symbol('x')],
      sparse,
      new Array(3),
      { b: 1, a: undefined, c: () => 1, d: Symbol('y') },
      { '10': 1, '9': 2, a: 3, A: 4, '': 5, é: 6, z: 7 },
      JSON.parse('{"__proto__": {"x": 1}, "a": 1}'),
      Object.assign(Object.create(null), { b: 2, a: 1 }),
      new Date(Date.UTC(2024, 2, 1)),
      { at: new Date(Date.UTC(2024, 2, 1)), nested: { toJSON: () => ({ y: 1, x: [2, undefined] }) } },
      { toJSON: () => undefined },
      new Montant(100),
      new Map([['a', 1]]),
      Object.fromEntries(Array.from({ length: 50 }, (_, index) => [`key-${(index * 37) % 50}`, index])),
      [[[[[]]]], [[{}]]],
    ];
    for (const value of cases) expect(canonicalJson(value)).toBe(referenceCanonicalJson(value));
  });

  it('refuses what JSON cannot hold, as the reference does', () => {
    for (const value of [NaN, Infinity, -Infinity, { a: [1, NaN] }, 10n, { a: 1n }]) {
      expect(() => referenceCanonicalJson(value)).toThrow(TypeError);
      expect(() => canonicalJson(value)).toThrow(TypeError);
    }
  });

  it('sorts keys, drops undefined members and leaves no whitespace', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: undefined }], a: 'x' })).toBe('{"a":"x","b":[1,{"d":2}]}');
  });

  it('hashes events exactly as before: a chain written with the reference definition still verifies', () => {
    const referenceHash = (event: RecordedEvent): string => {
      const { hash: _ignored, ...metadata } = event.metadata;
      const body = referenceCanonicalJson({
        id: event.id,
        stream: event.stream,
        revision: event.revision,
        type: event.type,
        schemaVersion: event.schemaVersion,
        data: event.data,
        metadata,
      });
      return createHash('sha256')
        .update(event.metadata.prevHash ?? '')
        .update(body)
        .digest('hex');
    };
    const random = seeded(7);
    const chain = (payload: (index: number) => unknown) =>
      prepareAppend(
        'mel:dossier-42',
        Array.from({ length: 20 }, (_, index) => ({
          type: 'DossierDepose',
          data: { index, titre: `Atelier — l’Épeule ${aString(random)}`, payload: payload(index) },
          metadata: {
            tenantId: 'mel',
            actor: { userId: 'agent-0042', role: 'agent' as const },
            source: 'api' as const,
            commandId: `cmd-${index}`,
            reason: index % 2 ? undefined : 'ok',
          },
        })),
        { revision: -1, hash: null },
        '2024-03-01T09:00:00.000Z',
      );
    for (const event of chain(() => aValue(random, 1))) {
      expect(event.metadata.hash).toBe(referenceHash(event));
      expect(hashEvent(event)).toBe(event.metadata.hash);
    }
    // as a store gives them back: JSON text parsed again (JSON-safe payloads, as stores hold)
    const stored = chain(() => JSON.parse(JSON.stringify({ value: aValue(random, 1) ?? null })) as unknown).map(
      (event) => JSON.parse(JSON.stringify(event)) as RecordedEvent,
    );
    expect(verifyStreamChain(stored)).toBeNull();
    for (const event of stored) expect(event.metadata.hash).toBe(referenceHash(event));
  });
});
