import { withMembers } from './with-members';

describe('withMembers', () => {
  it('equals { ...source, ...extra }: same members, same order, a fresh object', () => {
    const source = { b: 1, a: { nested: true }, c: undefined };
    const result = withMembers(source, { a: 2, d: 3 });
    expect(result).toEqual({ ...source, ...{ a: 2, d: 3 } });
    expect(Object.keys(result)).toEqual(Object.keys({ ...source, ...{ a: 2, d: 3 } }));
    expect(result).not.toBe(source);
    expect(source).toEqual({ b: 1, a: { nested: true }, c: undefined });
  });

  it('keeps a "__proto__" member as data, as the spread does', () => {
    const parsed = JSON.parse('{"__proto__": {"polluted": true}, "x": 1}') as Record<string, unknown>;
    const result = withMembers(parsed, { y: 2 }) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBe(Object.prototype);
    expect(Object.keys(result)).toEqual(['__proto__', 'x', 'y']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
