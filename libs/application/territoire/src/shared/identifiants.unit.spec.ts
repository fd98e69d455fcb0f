import { isUuid } from '@cdv/eventsourcing';
import { idValide, nouvelId } from './identifiants';

describe('ids of new aggregates', () => {
  it('takes the client’s id, checked before it goes into a stream name', () => {
    expect(nouvelId('mel', 'partenaire', { commandId: 'c1' }, 'asso-1', 'partenaireId')).toBe('asso-1');
    expect(() => nouvelId('mel', 'partenaire', {}, 'pas un id', 'partenaireId')).toThrow(
      expect.objectContaining({ extensions: { field: 'partenaireId', code: 'VALIDATION_FAILED' } }),
    );
    expect(() => idValide('a'.repeat(129), 'qpvId')).toThrow(/not an id/);
  });

  it('derives it from the commandId, so a retried create lands on the same stream; per tenant and kind', () => {
    const id = nouvelId('mel', 'partenaire', { commandId: 'c1' }, null, 'partenaireId');
    expect(id).toBe(nouvelId('mel', 'partenaire', { commandId: 'c1' }, undefined, 'partenaireId'));
    expect(idValide(id, 'partenaireId')).toBe(id);
    expect(nouvelId('cahc', 'partenaire', { commandId: 'c1' }, null, 'x')).not.toBe(id);
    expect(nouvelId('mel', 'engagement', { commandId: 'c1' }, null, 'x')).not.toBe(id);
  });

  it('draws a uuid v7 otherwise', () => {
    const a = nouvelId('mel', 'partenaire', {}, null, 'x');
    expect(isUuid(a)).toBe(true);
    expect(a[14]).toBe('7');
    expect(nouvelId('mel', 'partenaire', { commandId: null }, null, 'x')).not.toBe(a);
  });
});
