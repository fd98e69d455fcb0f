import type { ReadDocument } from '@cdv/eventsourcing';
import { EmbeddedReadStore } from '@cdv/read-store';
import { qpvsQuery, successeursQuery, type QpvDocument } from '@cdv/projections-territoire';
import { Lecture, lectureDe, type ReadModels } from './lecture';

const qpv = (id: string, extra: Partial<QpvDocument> = {}) =>
  ({ _id: id, nom: id, generation: 2024, successeurs: [], predecesseurs: [], ...extra }) as unknown as QpvDocument;

/** The read models of one tenant with a qpvs collection, counting the queries sent to it. */
async function lecture(documents: QpvDocument[]) {
  const store = new EmbeddedReadStore().forTenant('mel');
  await store.commit({
    writes: [{ collection: 'qpvs_v1', operations: documents.map((document) => ({ kind: 'upsert' as const, id: document._id, document })) }],
    activate: { readModel: 'qpvs', version: 1, mode: 'if-absent' },
  });
  const filters: Record<string, unknown>[] = [];
  const readModels = {
    readModel: <D extends ReadDocument>(name: string) => {
      const queries = store.readModel<D>(name);
      return { ...queries, find: (filter: Record<string, unknown> = {}, options = {}) => (filters.push(filter), queries.find(filter, options)) };
    },
  } as unknown as ReadModels;
  return { lecture: new Lecture('mel', readModels), filters };
}

describe('Lecture: per-request loaders', () => {
  const documents = [
    qpv('QP1', { generation: 2015, successeurs: [{ qpvId: 'QN1', code: 'QN1' }] } as Partial<QpvDocument>),
    qpv('QP2', { generation: 2015 } as Partial<QpvDocument>),
    qpv('QN1'),
    qpv('QN2', {
      predecesseurs: [
        { qpvId: 'QP1', code: null },
        { qpvId: 'QP2', code: null },
      ],
    } as Partial<QpvDocument>),
  ];

  it('batches the related documents of several keys into one query and gives each key the documents its own shape matches', async () => {
    const { lecture: l, filters } = await lecture(documents);
    const loader = l.lies<QpvDocument, QpvDocument>(
      'succ',
      'qpvs',
      (key) => successeursQuery(key),
      (key) => key._id,
    );
    const [de1, de2, deN1] = await Promise.all([loader.load(documents[0]), loader.load(documents[1]), loader.load(documents[2])]);
    expect(filters).toHaveLength(1);
    expect(de1.map((d) => d._id)).toEqual(['QN1', 'QN2']);
    expect(de2.map((d) => d._id)).toEqual(['QN2']);
    expect(deN1).toEqual([]);
    await loader.load(documents[0]);
    expect(filters).toHaveLength(1);
  });

  it('loads by id in one $in, keeps the order, answers null for the unknown', async () => {
    const { lecture: l, filters } = await lecture(documents);
    const found = await Promise.all(['QN2', 'nope', 'QP1'].map((id) => l.parId<QpvDocument>('qpvs').load(id)));
    expect(found.map((d) => d?._id ?? null)).toEqual(['QN2', null, 'QP1']);
    expect(filters).toEqual([{ _id: { $in: ['QN2', 'nope', 'QP1'] } }]);
    expect(await l.readModel<QpvDocument>('qpvs').count(qpvsQuery({ generation: 2015 }).filter)).toBe(2);
  });

  it('marks the nodes it read, without adding a visible field', async () => {
    const { lecture: l } = await lecture([]);
    const node = l.attacher({ id: 'x' });
    expect(lectureDe(node)).toBe(l);
    expect(Object.keys(node)).toEqual(['id']);
    expect(JSON.stringify(node)).toBe('{"id":"x"}');
    expect(() => lectureDe({})).toThrow(/Lecture/);
  });
});
