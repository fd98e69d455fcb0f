import { sansNull } from './sans-null';

describe('GraphQL null at the edge', () => {
  it('is absent for the use case, as if the client had left the field out', () => {
    const input = sansNull({ dossierId: 'd-1', comiteId: null, reason: null, montant: 0, libelle: '' });
    expect(input).toEqual({ dossierId: 'd-1', montant: 0, libelle: '' });
    expect('comiteId' in input).toBe(false);
  });

  it('stays null where null says something (erase a value), for the fields the use case names', () => {
    expect(sansNull({ siret: null, siren: null, rna: '', commandId: null }, 'siret', 'siren')).toEqual({ siret: null, siren: null, rna: '' });
  });

  it('leaves nested input objects and lists as they are, and the input itself untouched', () => {
    const original = { validite: { du: null, au: '2024-12-31' }, communes: [null], expectedRevision: null };
    expect(sansNull(original)).toEqual({ validite: { du: null, au: '2024-12-31' }, communes: [null] });
    expect(original.expectedRevision).toBeNull();
  });
});
