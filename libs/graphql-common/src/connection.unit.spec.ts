import { decodeCursor, encodeCursor, MAX_PAGE_SIZE, pageWindow, toConnection } from './connection';

describe('Relay cursor connections', () => {
  it('read back the offset a cursor encodes, and refuse a cursor of anything else', () => {
    expect(decodeCursor(encodeCursor(0))).toBe(0);
    expect(decodeCursor(encodeCursor(1234))).toBe(1234);
    expect(() => decodeCursor('bm9wZQ')).toThrow(expect.objectContaining({ extensions: { field: 'after', code: 'VALIDATION_FAILED' } }));
    expect(() => decodeCursor(Buffer.from('o:-1').toString('base64url'))).toThrow(/not a cursor/);
  });

  it('page after a cursor, at most MAX_PAGE_SIZE at a time', () => {
    expect(pageWindow(undefined, undefined)).toEqual({ skip: 0, limit: 50 });
    expect(pageWindow(10, encodeCursor(19))).toEqual({ skip: 20, limit: 10 });
    expect(pageWindow(0, undefined, 25)).toEqual({ skip: 0, limit: 0 });
    for (const first of [-1, MAX_PAGE_SIZE + 1, 1.5]) {
      expect(() => pageWindow(first, undefined)).toThrow(expect.objectContaining({ extensions: { field: 'first', code: 'VALIDATION_FAILED' } }));
    }
  });

  it('say whether pages come before and after, with cursors that continue where a page ends', () => {
    const page = toConnection(['c', 'd'], 2, 5);
    expect(page.edges.map((edge) => [edge.node, decodeCursor(edge.cursor)])).toEqual([
      ['c', 2],
      ['d', 3],
    ]);
    expect(page.pageInfo).toEqual({ hasNextPage: true, hasPreviousPage: true, startCursor: encodeCursor(2), endCursor: encodeCursor(3) });
    expect(page.totalCount).toBe(5);
    const next = pageWindow(2, page.pageInfo.endCursor ?? undefined);
    expect(toConnection(['e'], next.skip, 5).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(toConnection([], 0, 0).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });
  });
});
