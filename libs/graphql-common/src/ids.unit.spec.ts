import { isUuid } from '@cdv/eventsourcing';
import { idValide, nouvelId } from './ids';

describe('ids of new aggregates', () => {
  it('takes the client’s id, checked before it goes into a stream name', () => {
    expect(nouvelId('partenaireId', 'partenaire', 'mel', 'asso-1', 'c1')).toBe('asso-1');
    expect(() => nouvelId('partenaireId', 'partenaire', 'mel', 'pas un id', undefined)).toThrow(
      expect.objectContaining({ extensions: { field: 'partenaireId', code: 'VALIDATION_FAILED' } }),
    );
    expect(() => idValide('qpvId', 'a'.repeat(129))).toThrow(/not an id/);
  });

  it('derives it from the commandId, so a retried create lands on the same stream; per tenant and kind', () => {
    const id = nouvelId('partenaireId', 'partenaire', 'mel', null, 'c1');
    expect(id).toBe(nouvelId('partenaireId', 'partenaire', 'mel', undefined, 'c1'));
    expect(idValide('partenaireId', id)).toBe(id);
    expect(nouvelId('x', 'partenaire', 'cahc', null, 'c1')).not.toBe(id);
    expect(nouvelId('x', 'engagement', 'mel', null, 'c1')).not.toBe(id);
  });

  it('draws a uuid v7 otherwise', () => {
    const a = nouvelId('x', 'partenaire', 'mel', null, undefined);
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('7');
    expect(nouvelId('x', 'partenaire', 'mel', null, null)).not.toBe(a);
  });
});
