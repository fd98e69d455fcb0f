import { MemoryEventStore, projectionCollection, type EventStore, type Projection, type ReadDocument } from '@cdv/eventsourcing';
import { project } from '@cdv/testing';
import { EmbeddedReadStore } from './embedded/embedded-read-store';
import { rebuildProjection, startProjection, type RebuildProgress } from './projection-rebuild';
import { ProjectionRunner } from './projection-runner';
import type { ReadStore } from './read-store.port';
import { appendWorkload, documentsOf, dossierList, FaultyReadStore, silentLogger, type DossierListDocument } from './read-models.mother';

const TENANTS = ['mel', 'cahc', 'grand-nancy'];
const fastRetry = { initialDelayMs: 1, maxDelayMs: 5 };

/** Version 2 changes the shape: the title upper-cased and a count of financeurs. */
const dossierListV2: Projection<DossierListDocument & { financeurs: number }> = {
  ...dossierList,
  version: 2,
  evolve(document, event) {
    const next = dossierList.evolve(document, event);
    return next && { ...next, titre: next.titre.toUpperCase(), financeurs: Object.keys(next.lignes).length };
  },
};

async function expected<D extends ReadDocument>(eventStore: EventStore, projection: Projection<D>, tenant: string, until?: number) {
  const events = await eventStore.readAll({ tenant, until });
  return [...project(projection, events).values()].sort((a, b) => (a._id < b._id ? -1 : 1));
}

async function freshCatchUp(eventStore: EventStore, projection: Projection) {
  const readStore = new EmbeddedReadStore();
  const runner = new ProjectionRunner({ eventStore, readStore, projection, logger: silentLogger }).start();
  await runner.whenCaughtUp();
  await runner.stop();
  return Promise.all(TENANTS.map((tenant) => documentsOf(readStore, tenant, projectionCollection(projection))));
}

async function liveRunner(eventStore: EventStore, readStore: ReadStore, projection: Projection) {
  const runner = new ProjectionRunner({ eventStore, readStore, projection, logger: silentLogger, batchSize: 100 }).start();
  await runner.whenCaughtUp();
  return runner;
}

describe('rebuildProjection (blue/green)', () => {
  let eventStore: MemoryEventStore;
  beforeEach(() => {
    eventStore = new MemoryEventStore();
  });

  it('builds the new version from position 0 while the old one serves, then swaps every tenant', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 900 });
    const readStore = new EmbeddedReadStore();
    const v1 = await liveRunner(eventStore, readStore, dossierList);
    const served: Array<Promise<Record<string, unknown> | null>> = [];
    const reports: RebuildProgress[] = [];

    const result = await rebuildProjection({
      eventStore,
      readStore,
      projection: dossierListV2,
      batchSize: 100,
      progressIntervalMs: 0,
      logger: silentLogger,
      keepRunning: false,
      onProgress: (progress) => {
        reports.push(progress);
        // what a query sees meanwhile: version 1 until the swap
        if (progress.phase === 'building')
          served.push(
            readStore
              .forTenant('mel')
              .readModel('dossiers')
              .findOne({}, { sort: { _id: 1 } }),
          );
      },
    });
    await v1.stop();

    const head = await eventStore.headPosition();
    expect(result).toMatchObject({
      position: head,
      events: head,
      swapped: TENANTS.slice()
        .sort()
        .map((tenantId) => ({ tenantId, from: 1, to: 2 })),
    });
    for (const tenant of TENANTS) {
      expect(
        await readStore
          .forTenant(tenant)
          .readModel('dossiers')
          .find({}, { sort: { _id: 1 } }),
      ).toEqual(await expected(eventStore, dossierListV2, tenant));
      // the old version is still there for a rollback
      expect(await documentsOf(readStore, tenant, 'dossiers_v1')).toEqual(await expected(eventStore, dossierList, tenant));
    }
    expect(served.length).toBeGreaterThan(1);
    for (const document of await Promise.all(served)) {
      expect(document).toMatchObject({ titre: expect.stringMatching(/^Dossier d\d+ de mel$/) });
      expect(document).not.toHaveProperty('financeurs');
    }

    // progress: from 0 to the head, monotonic, with a rate and an ETA, ending at done === total
    const building = reports.filter((report) => report.phase === 'building');
    expect(building[0]).toMatchObject({ done: 0, position: 0, head, total: head });
    expect(building.length).toBeGreaterThanOrEqual(9);
    for (let i = 1; i < building.length; i++) expect(building[i].done).toBeGreaterThanOrEqual(building[i - 1].done);
    // batches of 100 events of the projection's types: a little more of the log each (other types are skipped)
    expect(building[3]).toMatchObject({ done: building[3].position, total: head });
    expect(building[3].position).toBeGreaterThanOrEqual(300);
    expect(building[3].ratePerSecond).toBeGreaterThan(0);
    expect(building[3].etaSeconds).toBeGreaterThan(0);
    expect(reports.map((report) => report.phase).slice(-2)).toEqual(['swapping', 'done']);
    expect(reports[reports.length - 1]).toMatchObject({ done: head, total: head, position: head, etaSeconds: 0 });
  });

  it('under concurrent appends ends with exactly the documents of a fresh catch-up', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 600 });
    const readStore = new EmbeddedReadStore();
    const v1 = await liveRunner(eventStore, readStore, dossierList);
    const headBefore = await eventStore.headPosition();

    const appending = appendWorkload(eventStore, { tenants: TENANTS, events: 600, seed: 99 });
    const result = await rebuildProjection({ eventStore, readStore, projection: dossierListV2, batchSize: 40, logger: silentLogger, retry: fastRetry });
    // at the swap, the new version holds exactly the events up to its checkpoint, which includes appends made during the rebuild
    expect(result.position).toBeGreaterThan(headBefore);
    await appending;
    const head = await eventStore.headPosition();
    await result.runner.waitForPosition(head, 5_000);
    await Promise.all([result.runner.stop(), v1.stop()]);

    const fresh = await freshCatchUp(eventStore, dossierListV2);
    for (const [index, tenant] of TENANTS.entries()) {
      expect(
        await readStore
          .forTenant(tenant)
          .readModel('dossiers')
          .find({}, { sort: { _id: 1 } }),
      ).toEqual(fresh[index]);
      expect(fresh[index]).toEqual(await expected(eventStore, dossierListV2, tenant));
    }
  });

  it('a tenant whose first event comes after the swap is served by the new version', async () => {
    await appendWorkload(eventStore, { tenants: ['mel'], events: 50 });
    const readStore = new EmbeddedReadStore();
    const v1 = await liveRunner(eventStore, readStore, dossierList);
    const result = await rebuildProjection({ eventStore, readStore, projection: dossierListV2, logger: silentLogger });
    await appendWorkload(eventStore, { tenants: ['cahc'], events: 20 });
    const head = await eventStore.headPosition();
    await Promise.all([result.runner.waitForPosition(head, 2_000), v1.waitForPosition(head, 2_000)]);
    await Promise.all([result.runner.stop(), v1.stop()]);
    expect(await readStore.forTenant('cahc').activeVersion('dossiers')).toBe(2);
    expect(
      await readStore
        .forTenant('cahc')
        .readModel('dossiers')
        .find({}, { sort: { _id: 1 } }),
    ).toEqual(await expected(eventStore, dossierListV2, 'cahc'));
  });

  it('an interrupted rebuild resumes where it stopped, and can drop the old version', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 400 });
    const shared = new EmbeddedReadStore();
    await (await liveRunner(eventStore, shared, dossierList)).stop();
    const faulty = new FaultyReadStore(shared);
    faulty.failCommit = (index) => index === 5;
    await expect(
      rebuildProjection({ eventStore, readStore: faulty, projection: dossierListV2, batchSize: 50, logger: silentLogger, retry: { maxAttempts: 1 } }),
    ).rejects.toThrow(/simulated outage/);
    expect(await shared.forTenant('mel').activeVersion('dossiers')).toBe(1);

    const reports: RebuildProgress[] = [];
    await rebuildProjection({
      eventStore,
      readStore: shared,
      projection: dossierListV2,
      keepRunning: false,
      dropPrevious: true,
      logger: silentLogger,
      onProgress: (p) => reports.push(p),
    });
    expect(reports[0].position).toBeGreaterThan(0);
    const fresh = await freshCatchUp(eventStore, dossierListV2);
    for (const [index, tenant] of TENANTS.entries()) {
      expect(
        await shared
          .forTenant(tenant)
          .readModel('dossiers')
          .find({}, { sort: { _id: 1 } }),
      ).toEqual(fresh[index]);
      expect(await shared.forTenant(tenant).collection('dossiers_v1').count()).toBe(0);
    }
  });

  it('startProjection runs a plain runner on a fresh store and a blue/green rebuild after a version bump', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 200 });
    const readStore = new EmbeddedReadStore();
    const v1 = await startProjection({ eventStore, readStore, projection: dossierList, logger: silentLogger });
    await v1.whenCaughtUp();
    expect(await readStore.forTenant('mel').activeVersion('dossiers')).toBe(1);

    const phases: string[] = [];
    const v2 = await startProjection({ eventStore, readStore, projection: dossierListV2, logger: silentLogger, onProgress: (p) => phases.push(p.phase) });
    expect(phases).toContain('swapping');
    expect(v2.status()).toMatchObject({ state: 'live', version: 2 });
    for (const tenant of TENANTS) expect(await readStore.forTenant(tenant).activeVersion('dossiers')).toBe(2);
    await Promise.all([v1.stop(), v2.stop()]);
  });
});
