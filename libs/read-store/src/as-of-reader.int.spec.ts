import { MemoryEventStore, type EventStore, type Projection, type ReadDocument } from '@cdv/eventsourcing';
import { project, recordEvents } from '@cdv/testing';
import { AsOfReader, InvalidAsOf } from './as-of-reader';
import { EmbeddedReadStore } from './embedded/embedded-read-store';
import { ProjectionRunner } from './projection-runner';
import type { PipelineStage } from './read-store.port';
import { appendWorkload, dossierList, silentLogger, totauxParFinanceur } from './read-models.mother';

const TENANTS = ['mel', 'cahc'];

async function expected<D extends ReadDocument>(eventStore: EventStore, projection: Projection<D>, tenant: string, until: number) {
  const events = await eventStore.readAll({ tenant, until });
  return [...project(projection, events).values()].sort((a, b) => (a._id < b._id ? -1 : 1));
}

/** A query as a resolver would write it: amounts per financeur over the dossier list. */
const parFinanceur: PipelineStage[] = [
  { $project: { lignes: { $objectToArray: '$lignes' } } },
  { $unwind: '$lignes' },
  { $group: { _id: '$lignes.k', demande: { $sum: '$lignes.v.demande' }, vote: { $sum: '$lignes.v.vote' }, dossiers: { $sum: 1 } } },
  { $sort: { _id: 1 } },
];

describe('AsOfReader', () => {
  let eventStore: MemoryEventStore;
  beforeEach(async () => {
    eventStore = new MemoryEventStore();
  });

  it('at a position: the read model of that moment, by the same projection code, for old and new positions alike', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 700 });
    const head = await eventStore.headPosition();
    const reader = new AsOfReader({ eventStore, projections: [dossierList, totauxParFinanceur], snapshotEvery: 25, readChunk: 64 });
    // later, then earlier (snapshot + tail), then the head, then positions between snapshots
    for (const position of [400, 3, 0, head, 250, 251, 699, 37, head + 10]) {
      for (const tenant of TENANTS) {
        const view = await reader.at(tenant, { position });
        expect(view.position).toBe(position);
        expect(await view.readModel('dossiers').find({}, { sort: { _id: 1 } })).toEqual(await expected(eventStore, dossierList, tenant, position));
        expect(await view.readModel('financeurs').find({}, { sort: { _id: 1 } })).toEqual(await expected(eventStore, totauxParFinanceur, tenant, position));
      }
    }
  });

  it("runs the same queries as the live read store, and never shows another tenant's documents", async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 300 });
    const live = new EmbeddedReadStore();
    const runner = new ProjectionRunner({ eventStore, readStore: live, projection: dossierList, logger: silentLogger }).start();
    await runner.whenCaughtUp();
    await runner.stop();
    const reader = new AsOfReader({ eventStore, projections: [dossierList] });

    const dossiers = await reader.readModel('dossiers', 'mel', { position: await eventStore.headPosition() });
    const liveDossiers = live.forTenant('mel').readModel('dossiers');
    expect(await dossiers.aggregate(parFinanceur)).toEqual(await liveDossiers.aggregate(parFinanceur));
    expect(await dossiers.count({ statut: 'vote' })).toBe(await liveDossiers.count({ statut: 'vote' }));
    expect(await dossiers.find({ statut: 'vote' }, { sort: { vote: -1 }, limit: 3, projection: { titre: 1, vote: 1 } })).toEqual(
      await liveDossiers.find({ statut: 'vote' }, { sort: { vote: -1 }, limit: 3, projection: { titre: 1, vote: 1 } }),
    );
    for (const document of await dossiers.find()) expect(document.titre).toMatch(/de mel$/);
    expect(await dossiers.count()).toBeGreaterThan(0);
  });

  it('at a recorded time: the last position recorded at or before it', async () => {
    // one event a minute from 09:00, alternating tenants: mel at odd positions, cahc at even ones
    const events = recordEvents(
      Array.from({ length: 40 }, (_, i) => {
        const tenant = TENANTS[i % 2];
        const dossierId = `d${Math.floor(i / 8)}`;
        const first = i % 8 < 2;
        return {
          stream: `${tenant}:dossier-${dossierId}`,
          event: first
            ? { type: 'DossierDepose', data: { dossierId, titre: `Dossier ${dossierId} de ${tenant}` } }
            : { type: 'LigneDemandee', data: { dossierId, financeur: 'etat', montant: 100 * i } },
          metadata: { tenantId: tenant },
        };
      }),
      { startAt: '2024-03-01T09:00:00.000Z' },
    );
    eventStore.storedEvents.push(...events);
    const reader = new AsOfReader({ eventStore, projections: [dossierList], snapshotEvery: 3, readChunk: 4 });

    // 09:10:30 → the events of 09:00…09:10 (positions 1…11); mel's last one is position 11
    const view = await reader.at('mel', { asOf: '2024-03-01T09:10:30Z' });
    expect(view).toMatchObject({ tenantId: 'mel', position: 11, asOf: '2024-03-01T09:10:30Z' });
    expect(await view.readModel('dossiers').find({}, { sort: { _id: 1 } })).toEqual(await expected(eventStore, dossierList, 'mel', 11));
    expect(await reader.resolvePosition('cahc', '2024-03-01T09:10:30Z')).toBe(10);
    expect(await reader.resolvePosition('mel', '2024-03-01T09:10:00.000Z')).toBe(11);
    expect(await reader.resolvePosition('mel', '2024-03-01T09:09:59.999Z')).toBe(9);
    expect(await reader.resolvePosition('mel', '2024-03-01T08:00:00Z')).toBe(0);
    expect(await reader.resolvePosition('mel', '2030-01-01T00:00:00Z')).toBe(39);
    expect(await (await reader.at('mel', { asOf: '2024-03-01T08:00:00Z' })).readModel('dossiers').find()).toEqual([]);
    expect(await (await reader.at('mel', { asOf: '2030-01-01T00:00:00Z' })).readModel('dossiers').count()).toBe(5);
    await expect(reader.at('mel', { asOf: 'hier' })).rejects.toThrow(InvalidAsOf);
    await expect(reader.at('mel', { position: -1 })).rejects.toThrow(InvalidAsOf);
    await expect(reader.at('MEL', { position: 1 })).rejects.toThrow(/not a tenant id/);
  });

  it('reads an old position from the nearest snapshot: only the tail is replayed', async () => {
    await appendWorkload(eventStore, { tenants: ['mel'], events: 1_000 });
    const reader = new AsOfReader({ eventStore, projections: [dossierList], snapshotEvery: 100 });
    await reader.warm('mel');
    const reads = jest.spyOn(eventStore, 'readAll');
    const view = await reader.at('mel', { position: 555 });
    const replayed = (await Promise.all(reads.mock.results.map((result) => result.value))).flat();
    reads.mockRestore();
    expect(replayed.length).toBeLessThanOrEqual(100);
    expect(Math.min(...replayed.map((event) => event.position))).toBeGreaterThan(400);
    expect(await view.readModel('dossiers').find({}, { sort: { _id: 1 } })).toEqual(await expected(eventStore, dossierList, 'mel', 555));
  });

  it('serves concurrent reads of one tenant consistently, and sees events appended since', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 300 });
    const reader = new AsOfReader({ eventStore, projections: [dossierList], snapshotEvery: 10 });
    const positions = [50, 290, 120, 10, 300];
    const views = await Promise.all(positions.map((position) => reader.at('mel', { position })));
    for (const [index, view] of views.entries()) {
      expect(await view.readModel('dossiers').find({}, { sort: { _id: 1 } })).toEqual(await expected(eventStore, dossierList, 'mel', positions[index]));
    }
    await appendWorkload(eventStore, { tenants: TENANTS, events: 100, seed: 5 });
    const head = await eventStore.headPosition();
    const latest = await reader.at('mel', { position: head });
    expect(await latest.readModel('dossiers').find({}, { sort: { _id: 1 } })).toEqual(await expected(eventStore, dossierList, 'mel', head));
  });
});
