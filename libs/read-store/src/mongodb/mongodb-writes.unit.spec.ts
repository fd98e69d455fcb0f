import { toBulkWriteResult, toMongoWrite } from './mongodb-writes';

describe('MongoDB writes', () => {
  it('guards positioned upserts server-side, keeping values that look like expressions as data', () => {
    const document = { _id: 'a', libelle: '$titre', _position: 7 };
    expect(toMongoWrite({ kind: 'upsert', id: 'a', document })).toEqual({
      updateOne: {
        filter: { _id: 'a' },
        update: [{ $replaceWith: { $cond: { if: { $gte: ['$_position', 7] }, then: '$$ROOT', else: { $literal: document } } } }],
        upsert: true,
      },
    });
  });

  it('replaces documents without a position', () => {
    expect(toMongoWrite({ kind: 'upsert', id: 'a', document: { _id: 'a', n: 1 } })).toEqual({
      replaceOne: { filter: { _id: 'a' }, replacement: { n: 1 }, upsert: true },
    });
  });

  it('deletes only documents written before the deleting event', () => {
    expect(toMongoWrite({ kind: 'delete', id: 'a', position: 9 })).toEqual({
      deleteOne: { filter: { _id: 'a', $or: [{ _position: { $lt: 9 } }, { _position: { $exists: false } }] } },
    });
    expect(toMongoWrite({ kind: 'delete', id: 'a' })).toEqual({ deleteOne: { filter: { _id: 'a' } } });
  });

  it('passes update operators through and refuses replacement-style updates', () => {
    expect(toMongoWrite({ kind: 'update', id: 'a', update: { $inc: { n: 1 } }, upsert: true })).toEqual({
      updateOne: { filter: { _id: 'a' }, update: { $inc: { n: 1 } }, upsert: true },
    });
    expect(() => toMongoWrite({ kind: 'update', id: 'a', update: { n: 1 } })).toThrow(/update operators/);
    expect(() => toMongoWrite({ kind: 'delete', id: '' })).toThrow(/id/);
  });

  it('counts a matched but unchanged upsert as skipped', () => {
    expect(toBulkWriteResult({ upsertedCount: 1, modifiedCount: 2, matchedCount: 4, deletedCount: 1 })).toEqual({ written: 3, deleted: 1, skipped: 2 });
  });
});
