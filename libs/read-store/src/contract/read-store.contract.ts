import { InvalidStreamName, type ReadDocument } from '@cdv/eventsourcing';
import { ForbiddenPipelineStage } from '../pipeline-collections';
import { DuplicateKeyError, InvalidCollectionName, TenantNotStorable, type ReadStore, type WriteOperation } from '../read-store.port';

/**
 * The read-store contract (docs/design.md §7): every adapter runs these tests, so a query or a projection that works on
 * one works on all. Jest globals; call it from an adapter's spec file:
 *
 *   readStoreContract('embedded', { create: async () => new EmbeddedReadStore() });
 *   readStoreContract('mongodb', harness, { skip: process.env.MONGODB_URL ? undefined : 'MONGODB_URL not set' });
 *
 * With `skip`, the reason is printed and the suite is registered with describe.skip: reported skipped, never
 * passed.
 */
export interface ReadStoreContractHarness {
  create(): Promise<ReadStore>;
  /** Called after each test with the store `create` returned (drop databases, close clients). */
  dispose?(store: ReadStore): Promise<void>;
}

interface Dossier extends ReadDocument {
  titre: string;
  statut: 'depose' | 'instruit' | 'vote';
  annee: number;
  porteur: string;
  tags: string[];
  lignes: Array<{ financeur: string; montant: number }>;
  _position?: number;
}

const dossiers: Dossier[] = [
  {
    _id: 'd1',
    titre: 'Jardins partagés',
    statut: 'depose',
    annee: 2024,
    porteur: 'p1',
    tags: ['nature', 'lien'],
    lignes: [
      { financeur: 'etat', montant: 1000 },
      { financeur: 'ville', montant: 500 },
    ],
  },
  { _id: 'd2', titre: 'Accès au droit', statut: 'vote', annee: 2024, porteur: 'p2', tags: ['droit'], lignes: [{ financeur: 'etat', montant: 2500 }] },
  { _id: 'd3', titre: 'Sport au pied des tours', statut: 'instruit', annee: 2025, porteur: 'p1', tags: ['sport', 'lien'], lignes: [] },
  {
    _id: 'd4',
    titre: 'Emploi des jeunes',
    statut: 'vote',
    annee: 2025,
    porteur: 'p3',
    tags: [],
    lignes: [
      { financeur: 'region', montant: 4000 },
      { financeur: 'etat', montant: 100 },
    ],
  },
];
const porteurs = [
  { _id: 'p1', nom: 'Association Les Tours' },
  { _id: 'p2', nom: 'CIDFF' },
  { _id: 'p3', nom: 'Mission locale' },
];
const upserts = <D extends ReadDocument>(docs: readonly D[]): WriteOperation<D>[] => docs.map((document) => ({ kind: 'upsert', id: document._id, document }));
const ids = (docs: ReadonlyArray<{ _id: unknown }>) => docs.map((doc) => doc._id);

export function readStoreContract(adapter: string, harness: ReadStoreContractHarness, options: { skip?: string } = {}): void {
  if (options.skip) process.stdout.write(`skipped: ${options.skip} (read-store contract, ${adapter} adapter)\n`);
  const describeOrSkip = options.skip ? describe.skip : describe;

  describeOrSkip(`read-store contract: ${adapter}`, () => {
    let store: ReadStore;
    beforeEach(async () => {
      store = await harness.create();
    });
    afterEach(async () => {
      await harness.dispose?.(store);
    });

    async function seed(tenant = 'mel') {
      const t = store.forTenant(tenant);
      await t.collection<Dossier>('dossiers').bulkWrite(upserts(dossiers));
      await t.collection('porteurs').bulkWrite(upserts(porteurs));
      return t;
    }

    describe('tenancy', () => {
      it('validates the tenant id: no query without a well-formed tenant', () => {
        for (const bad of ['', 'MEL', '../mel', 'mel tenant', 'mel:x', '-mel', '_system']) {
          expect(() => store.forTenant(bad)).toThrow(InvalidStreamName);
        }
      });

      it('a well-formed tenant it cannot hold is refused with TenantNotStorable, never another error (the runner skips it)', async () => {
        // 64 characters: valid in the event store; `cdv_` + 64 is longer than a MongoDB database name may be
        const longest = `t${'a'.repeat(62)}z`;
        let tenant;
        try {
          tenant = store.forTenant(longest);
        } catch (error) {
          expect(error).toBeInstanceOf(TenantNotStorable);
          expect(error).toMatchObject({ tenantId: longest });
          return;
        }
        await tenant.commit({ writes: [{ collection: 'dossiers', operations: [{ kind: 'upsert', id: 'd1', document: { _id: 'd1' } }] }] });
        expect(await tenant.collection('dossiers').count()).toBe(1);
      });

      it("a tenant never sees another tenant's documents, even in the same collection", async () => {
        await seed('mel');
        const other = store.forTenant('cahc');
        await other.collection('dossiers').bulkWrite([{ kind: 'upsert', id: 'd1', document: { _id: 'd1', titre: 'Autre' } }]);
        expect(await other.collection('dossiers').find()).toEqual([{ _id: 'd1', titre: 'Autre' }]);
        expect(await store.forTenant('mel').collection('dossiers').count()).toBe(4);
        expect(await store.forTenant('grand-nancy').collection('dossiers').find()).toEqual([]);
      });

      it('$lookup joins inside the tenant only', async () => {
        await seed('mel');
        await store
          .forTenant('cahc')
          .collection('porteurs')
          .bulkWrite([{ kind: 'upsert', id: 'p9', document: { _id: 'p9', nom: 'Intrus' } }]);
        await store
          .forTenant('cahc')
          .collection('dossiers')
          .bulkWrite([{ kind: 'upsert', id: 'x', document: { _id: 'x', porteur: 'p1' } }]);
        const joined = await store
          .forTenant('cahc')
          .collection('dossiers')
          .aggregate([{ $lookup: { from: 'porteurs', localField: 'porteur', foreignField: '_id', as: 'porteur' } }]);
        expect(joined).toEqual([{ _id: 'x', porteur: [] }]);
      });

      it('lists the tenants that wrote something', async () => {
        await seed('mel');
        await store.forTenant('cahc').commit({ writes: [], checkpoint: { name: 'c_v1', position: 1 } });
        expect(await store.tenants()).toEqual(['cahc', 'mel']);
      });
    });

    describe('collections', () => {
      it('refuses collection names reserved for the adapter or malformed', () => {
        const tenant = store.forTenant('mel');
        for (const bad of ['', '_checkpoints', '$cmd', 'a b', 'system/x', 'system.views', 'system.profile', 'system.js']) {
          expect(() => tenant.collection(bad)).toThrow(InvalidCollectionName);
        }
        expect(tenant.collection('systemes').name).toBe('systemes');
      });

      it('undefined is no value: a field set to undefined is absent ($exists: false), never stored as null', async () => {
        const tenant = store.forTenant('mel');
        const collection = tenant.collection('dossiers');
        await collection.bulkWrite([
          { kind: 'upsert', id: 'u1', document: { _id: 'u1', titre: 'A', pilier: undefined, porteur: { nom: 'P', siret: undefined } } },
          { kind: 'upsert', id: 'u2', document: { _id: 'u2', titre: 'B', pilier: null } },
          { kind: 'update', id: 'u2', update: { $set: { thematique: undefined, vu: true } } },
        ]);
        await tenant.commit({
          writes: [{ collection: 'dossiers', operations: [{ kind: 'upsert', id: 'u3', document: { _id: 'u3', pilier: undefined, _position: 3 } }] }],
        });
        expect(ids(await collection.find({ pilier: { $exists: false } }, { sort: { _id: 1 } }))).toEqual(['u1', 'u3']);
        expect(ids(await collection.find({ pilier: { $exists: true } }))).toEqual(['u2']);
        expect(await collection.count({ 'porteur.siret': { $exists: true } })).toBe(0);
        expect(await collection.count({ thematique: { $exists: true } })).toBe(0);
        // null matches a missing field and a null one alike, on both engines
        expect(ids(await collection.find({ pilier: null }, { sort: { _id: 1 } }))).toEqual(['u1', 'u2', 'u3']);
        expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
          { _id: 'u1', titre: 'A', porteur: { nom: 'P' } },
          { _id: 'u2', titre: 'B', pilier: null, vu: true },
          { _id: 'u3', _position: 3 },
        ]);
      });

      it('bulkWrite upserts, updates with MongoDB operators and deletes by id', async () => {
        const collection = store.forTenant('mel').collection('compteurs');
        expect(
          await collection.bulkWrite([
            { kind: 'upsert', id: 'a', document: { _id: 'a', n: 1, lignes: [] } },
            { kind: 'upsert', id: 'b', document: { _id: 'b', n: 2 } },
            { kind: 'update', id: 'c', update: { $set: { n: 3 } }, upsert: true },
            { kind: 'update', id: 'missing', update: { $set: { n: 9 } } },
          ]),
        ).toMatchObject({ written: 3, deleted: 0 });
        await collection.bulkWrite([
          { kind: 'update', id: 'a', update: { $inc: { n: 10 }, $push: { lignes: 'x' }, $set: { 'detail.vu': true } } },
          { kind: 'upsert', id: 'b', document: { _id: 'b', remplace: true } },
          { kind: 'delete', id: 'c' },
          { kind: 'delete', id: 'never-existed' },
        ]);
        expect(await collection.find({}, { sort: { _id: 1 } })).toEqual([
          { _id: 'a', n: 11, lignes: ['x'], detail: { vu: true } },
          { _id: 'b', remplace: true },
        ]);
      });

      it('an update must use update operators', async () => {
        const collection = store.forTenant('mel').collection('compteurs');
        await expect(collection.bulkWrite([{ kind: 'update', id: 'a', update: { n: 1 }, upsert: true }])).rejects.toThrow(/update operators/);
      });

      it('find: MongoDB filters, sort, skip, limit, projection; findOne; count', async () => {
        const collection = (await seed()).collection<Dossier>('dossiers');
        expect(ids(await collection.find({ statut: 'vote' }, { sort: { _id: 1 } }))).toEqual(['d2', 'd4']);
        expect(ids(await collection.find({ annee: { $gte: 2025 }, 'lignes.financeur': 'region' }))).toEqual(['d4']);
        expect(ids(await collection.find({ tags: 'lien' }, { sort: { _id: -1 } }))).toEqual(['d3', 'd1']);
        expect(ids(await collection.find({ statut: { $in: ['depose', 'instruit'] } }, { sort: { annee: -1, _id: 1 } }))).toEqual(['d3', 'd1']);
        expect(ids(await collection.find({ titre: { $regex: '^S' } }))).toEqual(['d3']);
        expect(ids(await collection.find({ lignes: { $size: 0 } }))).toEqual(['d3']);
        expect(ids(await collection.find({}, { sort: { _id: 1 }, skip: 1, limit: 2 }))).toEqual(['d2', 'd3']);
        expect(await collection.find({ _id: 'd2' }, { projection: { titre: 1 } })).toEqual([{ _id: 'd2', titre: 'Accès au droit' }]);
        expect(await collection.find({ _id: 'd2' }, { projection: { lignes: 0, tags: 0, _id: 0 } })).toEqual([
          { titre: 'Accès au droit', statut: 'vote', annee: 2024, porteur: 'p2' },
        ]);
        expect(await collection.findOne({ porteur: 'p1' }, { sort: { annee: -1 } })).toMatchObject({ _id: 'd3' });
        expect(await collection.findOne({ porteur: 'nobody' })).toBeNull();
        expect(await collection.count({ annee: 2024 })).toBe(2);
        expect(await collection.count()).toBe(4);
        expect(await store.forTenant('mel').collection('nothing-here').find({ a: 1 })).toEqual([]);
      });

      it('stream: the documents of a find in batches, in the sort order, with the projection; copies; stops on break', async () => {
        const tenant = await seed();
        const collection = tenant.collection<Dossier>('dossiers');
        const many = Array.from({ length: 1203 }, (_, i) => ({ _id: `n${String(i).padStart(4, '0')}`, rang: i, pair: i % 2 === 0, lignes: [{ montant: i }] }));
        await tenant.collection('nombreux').bulkWrite(upserts(many));
        const all = async <R>(iterable: AsyncIterable<R>) => {
          const out: R[] = [];
          for await (const item of iterable) out.push(item);
          return out;
        };
        expect(ids(await all(collection.stream({ statut: 'vote' }, { sort: { _id: -1 } })))).toEqual(['d4', 'd2']);
        expect(await all(collection.stream({ _id: 'd2' }, { projection: { titre: 1 } }))).toEqual([{ _id: 'd2', titre: 'Accès au droit' }]);
        expect(await all(collection.stream({ _id: 'd2' }, { projection: { lignes: 0, tags: 0, porteur: 0 }, readOnly: true }))).toEqual([
          { _id: 'd2', titre: 'Accès au droit', statut: 'vote', annee: 2024 },
        ]);
        const streamed = await all(tenant.collection<(typeof many)[number]>('nombreux').stream({ pair: true }, { sort: { rang: -1 }, batchSize: 100 }));
        expect(streamed).toHaveLength(602);
        expect(streamed[0]).toEqual(many[1202]);
        expect(streamed.map((doc) => doc.rang)).toEqual(
          many
            .filter((doc) => doc.pair)
            .map((doc) => doc.rang)
            .reverse(),
        );
        streamed[0].lignes[0].montant = -1;
        expect(await tenant.collection('nombreux').findOne({ _id: 'n1202' })).toEqual(many[1202]);
        let seen = 0;
        for await (const _doc of tenant.collection('nombreux').stream({}, { batchSize: 10 })) if (++seen === 25) break;
        expect(seen).toBe(25);
        expect(await all(tenant.collection('nothing-here').stream())).toEqual([]);
        expect(await all(store.forTenant('cahc').collection('nombreux').stream())).toEqual([]);
      });

      it('aggregate: $match, $unwind, $group, $lookup, $project, $sort', async () => {
        const collection = (await seed()).collection<Dossier>('dossiers');
        const parFinanceur = await collection.aggregate([
          { $match: { annee: { $in: [2024, 2025] } } },
          { $unwind: '$lignes' },
          { $group: { _id: '$lignes.financeur', total: { $sum: '$lignes.montant' }, dossiers: { $sum: 1 } } },
          { $sort: { _id: 1 } },
        ]);
        expect(parFinanceur).toEqual([
          { _id: 'etat', total: 3600, dossiers: 3 },
          { _id: 'region', total: 4000, dossiers: 1 },
          { _id: 'ville', total: 500, dossiers: 1 },
        ]);
        const avecPorteur = await collection.aggregate([
          { $match: { statut: 'vote' } },
          { $lookup: { from: 'porteurs', localField: 'porteur', foreignField: '_id', as: 'porteur' } },
          { $unwind: '$porteur' },
          { $project: { _id: 0, dossier: '$_id', porteur: '$porteur.nom', montant: { $sum: '$lignes.montant' } } },
          { $sort: { dossier: 1 } },
        ]);
        expect(avecPorteur).toEqual([
          { dossier: 'd2', porteur: 'CIDFF', montant: 2500 },
          { dossier: 'd4', porteur: 'Mission locale', montant: 4100 },
        ]);
        const distincts = await collection.aggregate([
          { $group: { _id: null, porteurs: { $addToSet: '$porteur' } } },
          { $project: { _id: 0, n: { $size: '$porteurs' } } },
        ]);
        expect(distincts).toEqual([{ n: 3 }]);
      });

      it('aggregate refuses $out and $merge: read models are written by projections only', async () => {
        const collection = (await seed()).collection('dossiers');
        await expect(collection.aggregate([{ $out: 'ailleurs' }])).rejects.toThrow(ForbiddenPipelineStage);
        await expect(collection.aggregate([{ $merge: { into: 'ailleurs' } }])).rejects.toThrow(ForbiddenPipelineStage);
      });

      it('indexes: equality lookups stay right through updates and deletes; unique indexes refuse duplicates', async () => {
        const tenant = await seed();
        const collection = tenant.collection<Dossier>('dossiers');
        await collection.createIndex({ keys: { statut: 1, annee: 1 } });
        await collection.createIndex({ keys: { tags: 1 } });
        await collection.createIndex({ keys: { statut: 1, annee: 1 } }); // idempotent
        await collection.bulkWrite([
          { kind: 'update', id: 'd1', update: { $set: { statut: 'vote' }, $push: { tags: 'droit' } } },
          { kind: 'delete', id: 'd4' },
        ]);
        expect(ids(await collection.find({ statut: 'vote' }, { sort: { _id: 1 } }))).toEqual(['d1', 'd2']);
        expect(ids(await collection.find({ statut: 'vote', annee: 2024 }, { sort: { _id: 1 } }))).toEqual(['d1', 'd2']);
        expect(ids(await collection.find({ statut: { $in: ['vote', 'instruit'] }, annee: 2025 }))).toEqual(['d3']);
        expect(ids(await collection.find({ tags: 'droit' }, { sort: { _id: 1 } }))).toEqual(['d1', 'd2']);
        expect(await collection.count({ statut: 'depose' })).toBe(0);

        const codes = tenant.collection('codes');
        await codes.createIndex({ keys: { code: 1 }, unique: true });
        await codes.bulkWrite([{ kind: 'upsert', id: 'a', document: { _id: 'a', code: 'QN059001' } }]);
        await expect(codes.bulkWrite([{ kind: 'upsert', id: 'b', document: { _id: 'b', code: 'QN059001' } }])).rejects.toThrow(DuplicateKeyError);
        await codes.bulkWrite([{ kind: 'upsert', id: 'a', document: { _id: 'a', code: 'QN059002' } }]);
        await codes.bulkWrite([{ kind: 'upsert', id: 'b', document: { _id: 'b', code: 'QN059001' } }]);
        expect(await codes.find({ code: 'QN059001' })).toEqual([{ _id: 'b', code: 'QN059001' }]);
      });

      it('hands out copies: mutating a result never changes the store', async () => {
        const collection = (await seed()).collection<Dossier>('dossiers');
        const [d1] = await collection.find({ _id: 'd1' });
        d1.lignes[0].montant = 0;
        d1.tags.push('modifie');
        const [aggregated] = await collection.aggregate<Dossier>([{ $match: { _id: 'd1' } }, { $set: { 'lignes.montant': 1 } }]);
        expect(aggregated._id).toBe('d1');
        expect(await collection.findOne({ _id: 'd1' })).toEqual(dossiers[0]);
      });

      it('drop removes the collection', async () => {
        const collection = (await seed()).collection('dossiers');
        await collection.drop();
        await collection.drop();
        expect(await collection.count()).toBe(0);
      });
    });

    describe('idempotency by _position', () => {
      it('an upsert at or below the stored _position changes nothing; a later one applies', async () => {
        const collection = store.forTenant('mel').collection('positions');
        await collection.bulkWrite([{ kind: 'upsert', id: 'a', document: { _id: 'a', total: 10, _position: 5 } }]);
        const replay = await collection.bulkWrite([
          { kind: 'upsert', id: 'a', document: { _id: 'a', total: 7, _position: 3 } },
          { kind: 'upsert', id: 'a', document: { _id: 'a', total: 99, _position: 5 } },
        ]);
        expect(replay.written).toBe(0);
        expect(replay.skipped).toBe(2);
        expect(await collection.findOne({ _id: 'a' })).toEqual({ _id: 'a', total: 10, _position: 5 });
        await collection.bulkWrite([{ kind: 'upsert', id: 'a', document: { _id: 'a', total: 12, _position: 6 } }]);
        expect(await collection.findOne({ _id: 'a' })).toEqual({ _id: 'a', total: 12, _position: 6 });
      });

      it('a positioned delete never removes a document written at or after that position', async () => {
        const collection = store.forTenant('mel').collection('positions');
        await collection.bulkWrite(upserts([{ _id: 'a', _position: 8 }, { _id: 'b', _position: 2 }, { _id: 'c' }]));
        await collection.bulkWrite([
          { kind: 'delete', id: 'a', position: 8 },
          { kind: 'delete', id: 'b', position: 4 },
          { kind: 'delete', id: 'c', position: 4 },
        ]);
        expect(ids(await collection.find())).toEqual(['a']);
      });

      it('values that look like MongoDB expressions are stored as data', async () => {
        const collection = store.forTenant('mel').collection('positions');
        const document = { _id: 'e', libelle: '$titre', formule: { $literal: 1 }, _position: 1 };
        await collection.bulkWrite([{ kind: 'upsert', id: 'e', document }]);
        expect(await collection.findOne({ _id: 'e' })).toEqual(document);
      });
    });

    describe('commit: documents of several collections + checkpoint', () => {
      it('writes everything and the checkpoint, which only moves forward', async () => {
        const tenant = store.forTenant('mel');
        expect(await tenant.checkpoint('dossiers_v1')).toBe(0);
        await tenant.commit({
          writes: [
            { collection: 'dossiers_v1', operations: upserts([{ _id: 'd1', n: 1, _position: 3 }]) },
            { collection: 'totaux_v1', operations: upserts([{ _id: '2024', n: 1, _position: 3 }]) },
          ],
          checkpoint: { name: 'dossiers_v1', position: 3 },
        });
        expect(await tenant.collection('dossiers_v1').find()).toEqual([{ _id: 'd1', n: 1, _position: 3 }]);
        expect(await tenant.collection('totaux_v1').count()).toBe(1);
        expect(await tenant.checkpoint('dossiers_v1')).toBe(3);
        await tenant.commit({ writes: [], checkpoint: { name: 'dossiers_v1', position: 2 } });
        expect(await tenant.checkpoint('dossiers_v1')).toBe(3);
        expect(await store.forTenant('cahc').checkpoint('dossiers_v1')).toBe(0);
      });

      it(`a failing write: all or nothing when atomic, and a replay converges otherwise`, async () => {
        const tenant = store.forTenant('mel');
        await tenant.collection('uniques_v1').createIndex({ keys: { code: 1 }, unique: true });
        await tenant.collection('uniques_v1').bulkWrite(upserts([{ _id: 'u0', code: 'X', _position: 1 }]));
        const failing = {
          writes: [
            { collection: 'docs_v1', operations: upserts([{ _id: 'a', n: 1, _position: 5 }]) },
            { collection: 'uniques_v1', operations: upserts([{ _id: 'u1', code: 'X', _position: 5 }]) },
          ],
          checkpoint: { name: 'docs_v1', position: 5 },
        };
        await expect(tenant.commit(failing)).rejects.toThrow(DuplicateKeyError);
        expect(await tenant.checkpoint('docs_v1')).toBe(0);
        if (store.atomicCommits) {
          expect(await tenant.collection('docs_v1').count()).toBe(0);
        } else {
          // documents may be ahead of the checkpoint, never the checkpoint ahead of the documents; a replay is a no-op
          await tenant.commit({ ...failing, writes: failing.writes.slice(0, 1) });
          expect(await tenant.collection('docs_v1').find()).toEqual([{ _id: 'a', n: 1, _position: 5 }]);
        }
      });

      it('sets the active version: if-absent keeps an existing pointer, upgrade only moves it up', async () => {
        const tenant = store.forTenant('mel');
        await tenant.commit({ writes: [], activate: { readModel: 'dossiers', version: 2, mode: 'if-absent' } });
        expect(await tenant.activeVersion('dossiers')).toBe(2);
        await tenant.commit({ writes: [], activate: { readModel: 'dossiers', version: 1, mode: 'if-absent' } });
        await tenant.commit({ writes: [], activate: { readModel: 'dossiers', version: 1, mode: 'upgrade' } });
        expect(await tenant.activeVersion('dossiers')).toBe(2);
        await tenant.commit({ writes: [], activate: { readModel: 'dossiers', version: 3, mode: 'upgrade' } });
        expect(await tenant.activeVersion('dossiers')).toBe(3);
        expect(await store.forTenant('cahc').activeVersion('dossiers')).toBeNull();
      });
    });

    describe('read models through the active-version pointer', () => {
      it('a read model without an active version reads as empty', async () => {
        const tenant = store.forTenant('mel');
        await tenant.collection('dossiers_v1').bulkWrite(upserts([{ _id: 'd1' }]));
        const model = tenant.readModel('dossiers');
        expect(await model.find()).toEqual([]);
        expect(await model.findOne()).toBeNull();
        expect(await model.count()).toBe(0);
        expect(await model.aggregate([{ $count: 'n' }])).toEqual([]);
        for await (const doc of model.stream()) throw new Error(`streamed ${JSON.stringify(doc)} from a read model without a version`);
      });

      it('queries resolve the pointer at each call, so a swap is seen by the next query; $lookup resolves it too', async () => {
        const tenant = store.forTenant('mel');
        await tenant.collection('dossiers_v1').bulkWrite(upserts([{ _id: 'd1', version: 1, porteur: 'p1' }]));
        await tenant.collection('dossiers_v2').bulkWrite(upserts([{ _id: 'd1', version: 2, porteur: 'p1' }]));
        await tenant.collection('porteurs_v4').bulkWrite(upserts([{ _id: 'p1', nom: 'Les Tours' }]));
        await tenant.setActiveVersion('porteurs', 4);
        await tenant.setActiveVersion('dossiers', 1);
        const model = tenant.readModel('dossiers');
        expect(await model.find()).toEqual([{ _id: 'd1', version: 1, porteur: 'p1' }]);
        await tenant.setActiveVersion('dossiers', 2);
        expect(await model.findOne({ _id: 'd1' })).toEqual({ _id: 'd1', version: 2, porteur: 'p1' });
        expect(await model.count({ version: 2 })).toBe(1);
        const streamed: unknown[] = [];
        for await (const doc of model.stream({}, { projection: { version: 1 } })) streamed.push(doc);
        expect(streamed).toEqual([{ _id: 'd1', version: 2 }]);
        expect(
          await model.aggregate([
            { $lookup: { from: 'porteurs', localField: 'porteur', foreignField: '_id', as: 'p' } },
            { $project: { _id: 0, version: 1, nom: { $first: '$p.nom' } } },
          ]),
        ).toEqual([{ version: 2, nom: 'Les Tours' }]);
      });
    });

    describe('global checkpoints (system area)', () => {
      it('are 0 by default, saved, monotonic, and apart from every tenant', async () => {
        expect(await store.globalCheckpoint('dossiers_v1')).toBe(0);
        await store.saveGlobalCheckpoint('dossiers_v1', 42);
        await store.saveGlobalCheckpoint('dossiers_v1', 40);
        expect(await store.globalCheckpoint('dossiers_v1')).toBe(42);
        expect(await store.forTenant('mel').checkpoint('dossiers_v1')).toBe(0);
        expect(await store.tenants()).toEqual([]);
      });
    });
  });
}
