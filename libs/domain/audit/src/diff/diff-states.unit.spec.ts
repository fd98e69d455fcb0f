import { diffStates } from './diff-states';

describe('diffStates', () => {
  it('names nested fields by path, sorted', () => {
    expect(diffStates({ titre: 'A', cout: { total: 100, detail: { a: 1 } } }, { titre: 'B', cout: { total: 100, detail: { a: 2 } } })).toEqual([
      { path: 'cout.detail.a', kind: 'changed', before: 1, after: 2 },
      { path: 'titre', kind: 'changed', before: 'A', after: 'B' },
    ]);
  });

  it('lists added and removed fields, field by field for a new object', () => {
    expect(diffStates({ a: 1, b: 2 }, { a: 1, c: { d: 3, e: 4 } })).toEqual([
      { path: 'b', kind: 'removed', before: 2 },
      { path: 'c.d', kind: 'added', after: 3 },
      { path: 'c.e', kind: 'added', after: 4 },
    ]);
  });

  it('reads a null initial state as empty (creation lists the fields it sets)', () => {
    expect(diffStates(null, { statut: 'depose' })).toEqual([{ path: 'statut', kind: 'added', after: 'depose' }]);
    expect(diffStates({ a: 1 }, { a: 1 })).toEqual([]);
  });

  it('keys arrays of objects by financeurId: order does not matter, the path names the line', () => {
    const before = {
      lignes: [
        { financeurId: 'etat-bop147', montantVote: 0 },
        { financeurId: 'region', montantVote: 500 },
      ],
    };
    const after = {
      lignes: [
        { financeurId: 'region', montantVote: 500 },
        { financeurId: 'etat-bop147', montantVote: 120000 },
      ],
    };
    expect(diffStates(before, after)).toEqual([{ path: 'lignes.etat-bop147.montantVote', kind: 'changed', before: 0, after: 120000 }]);
  });

  it('prefers id over financeurId, and lists a new line field by field', () => {
    const before = { versements: [{ id: 'v1', financeurId: 'caf', montant: 10 }] };
    const after = {
      versements: [
        { id: 'v1', financeurId: 'caf', montant: 10 },
        { id: 'v2', financeurId: 'caf', montant: 5 },
      ],
    };
    expect(diffStates(before, after)).toEqual([
      { path: 'versements.v2.financeurId', kind: 'added', after: 'caf' },
      { path: 'versements.v2.id', kind: 'added', after: 'v2' },
      { path: 'versements.v2.montant', kind: 'added', after: 5 },
    ]);
  });

  it('falls back to indexes for arrays of objects without keys', () => {
    expect(diffStates({ bilans: [{ n: 1 }, { n: 2 }] }, { bilans: [{ n: 1 }, { n: 3 }] })).toEqual([
      { path: 'bilans.1.n', kind: 'changed', before: 2, after: 3 },
    ]);
  });

  it('shows arrays of plain values whole', () => {
    expect(diffStates({ qpv: ['QN05901M', 'QN05902M'] }, { qpv: ['QN05901M'] })).toEqual([
      { path: 'qpv', kind: 'changed', before: ['QN05901M', 'QN05902M'], after: ['QN05901M'] },
    ]);
  });

  it('reads Maps, Sets and Dates', () => {
    const before = { lignes: new Map([['caf', { montant: 1 }]]), tags: new Set(['a']), le: new Date('2024-01-01T00:00:00Z') };
    const after = { lignes: new Map([['caf', { montant: 2 }]]), tags: new Set(['a']), le: new Date('2024-01-02T00:00:00Z') };
    expect(diffStates(before, after)).toEqual([
      { path: 'le', kind: 'changed', before: '2024-01-01T00:00:00.000Z', after: '2024-01-02T00:00:00.000Z' },
      { path: 'lignes.caf.montant', kind: 'changed', before: 1, after: 2 },
    ]);
  });
});
