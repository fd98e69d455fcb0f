import { readStoreContract } from '../contract/read-store.contract';
import { EmbeddedReadStore } from './embedded-read-store';

readStoreContract('embedded', { create: async () => new EmbeddedReadStore() });

describe('embedded read store: hash indexes', () => {
  const statuts = ['depose', 'instruit', 'vote', 'refuse'];
  async function storeWith(count: number) {
    const store = new EmbeddedReadStore();
    const collection = store.forTenant('mel').collection('dossiers');
    await collection.createIndex({ keys: { statut: 1, annee: 1 } });
    await collection.createIndex({ keys: { 'porteur.siret': 1 } });
    await collection.bulkWrite(
      Array.from({ length: count }, (_, i) => ({
        kind: 'upsert' as const,
        id: `d${i}`,
        document: { _id: `d${i}`, statut: statuts[i % 4], annee: 2020 + (i % 5), porteur: { siret: `s${i % 50}` } },
      })),
    );
    return collection;
  }

  it('answers equality on indexed fields without scanning the collection', async () => {
    const collection = await storeWith(2000);
    expect(collection.explain({ statut: 'vote' })).toEqual({ strategy: 'index', index: 'statut_1_annee_1', examined: 500, returned: 500 });
    expect(collection.explain({ statut: 'vote', annee: 2022 })).toMatchObject({ strategy: 'index', examined: 100, returned: 100 });
    expect(collection.explain({ statut: { $in: ['vote', 'refuse'] }, annee: { $gte: 2023 } })).toMatchObject({
      strategy: 'index',
      examined: 1000,
      returned: 400,
    });
    expect(collection.explain({ 'porteur.siret': 's7' })).toMatchObject({ strategy: 'index', examined: 40, returned: 40 });
    expect(collection.explain({ _id: { $in: ['d1', 'd2', 'nope'] } })).toEqual({ strategy: 'id', examined: 2, returned: 2 });
    expect(collection.explain({ annee: 2022 })).toMatchObject({ strategy: 'scan', examined: 2000, returned: 400 });
    expect(await collection.count({ statut: 'vote', annee: 2022 })).toBe(100);
  });

  it('keeps indexes right when a write is rolled back', async () => {
    const store = new EmbeddedReadStore();
    const tenant = store.forTenant('mel');
    await tenant.collection('codes').createIndex({ keys: { code: 1 }, unique: true });
    await tenant.collection('codes').bulkWrite([{ kind: 'upsert', id: 'a', document: { _id: 'a', code: 'X' } }]);
    await expect(
      tenant.commit({
        writes: [
          {
            collection: 'codes',
            operations: [
              { kind: 'upsert', id: 'a', document: { _id: 'a', code: 'Y' } },
              { kind: 'upsert', id: 'b', document: { _id: 'b', code: 'Y' } },
            ],
          },
        ],
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await tenant.collection('codes').find({ code: 'X' })).toEqual([{ _id: 'a', code: 'X' }]);
    expect(await tenant.collection('codes').find({ code: 'Y' })).toEqual([]);
  });
});

describe('embedded read store: readOnly finds', () => {
  it('hand out the stored documents (same content as the copies), while plain finds keep copying', async () => {
    const store = new EmbeddedReadStore();
    const collection = store.forTenant('mel').collection('dossiers');
    await collection.bulkWrite([
      { kind: 'upsert', id: 'd1', document: { _id: 'd1', statut: 'vote', lignes: { etat: { vote: 100 } } } },
      { kind: 'upsert', id: 'd2', document: { _id: 'd2', statut: 'depose', lignes: {} } },
    ]);
    const shared = await collection.find({ _id: { $in: ['d1', 'd2', 'd3'] } }, { readOnly: true });
    const copies = await collection.find({ _id: { $in: ['d1', 'd2', 'd3'] } });
    expect(shared).toEqual(copies);
    expect(await collection.find({ _id: 'd1' }, { readOnly: true })).toEqual([shared[0]]);
    expect((await collection.find({ _id: 'd1' }, { readOnly: true }))[0]).toBe(shared[0]);
    expect((await collection.find({ _id: 'd1' }))[0]).not.toBe(shared[0]);
    expect(await collection.find({}, { readOnly: true, sort: { _id: -1 }, limit: 1 })).toEqual([copies[1]]);
    // a copy handed out can be changed by its caller without touching the store
    copies[0].statut = 'modifie';
    expect((await collection.findOne({ _id: 'd1' }))?.statut).toBe('vote');
  });
});

describe('embedded read store: stream', () => {
  it('reads the matches as they were when the iteration started, whatever is written between batches', async () => {
    const store = new EmbeddedReadStore();
    const collection = store.forTenant('mel').collection('dossiers');
    await collection.bulkWrite(
      Array.from({ length: 30 }, (_, i) => ({ kind: 'upsert' as const, id: `d${i}`, document: { _id: `d${i}`, rang: i, statut: 'vote' } })),
    );
    const seen: Array<{ _id: string; statut: string }> = [];
    for await (const doc of collection.stream<{ _id: string; statut: string }>({ statut: 'vote' }, { sort: { rang: 1 }, batchSize: 10 })) {
      seen.push(doc);
      if (seen.length === 5) {
        await collection.bulkWrite([
          { kind: 'update', id: 'd20', update: { $set: { statut: 'refuse' } } },
          { kind: 'delete', id: 'd25' },
          { kind: 'upsert', id: 'd99', document: { _id: 'd99', rang: 99, statut: 'vote' } },
        ]);
      }
    }
    expect(seen.map((doc) => doc._id)).toEqual(Array.from({ length: 30 }, (_, i) => `d${i}`));
    expect(seen[20].statut).toBe('vote');
    expect(await collection.count({ statut: 'vote' })).toBe(29);
  });

  it('lets other work run between batches', async () => {
    const store = new EmbeddedReadStore();
    const collection = store.forTenant('mel').collection('dossiers');
    await collection.bulkWrite(Array.from({ length: 50 }, (_, i) => ({ kind: 'upsert' as const, id: `d${i}`, document: { _id: `d${i}` } })));
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    let count = 0;
    try {
      for await (const _doc of collection.stream({}, { batchSize: 5 })) {
        count++;
        // a synchronous wait the length of a timer tick: only the pauses between batches let the timer run
        const until = Date.now() + 2;
        while (Date.now() < until);
      }
    } finally {
      clearInterval(timer);
    }
    expect(count).toBe(50);
    expect(ticks).toBeGreaterThan(0);
  });
});
