import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { KurrentDbEventStore } from '@cdv/event-store';
import {
  MemoryEventStore,
  projectionCollection,
  type EventStore,
  type EventSubscription,
  type SubscribeOptions,
  type Projection,
  type ReadDocument,
  type ReadAllOptions,
  type RecordedEvent,
} from '@cdv/eventsourcing';
import { FakeKurrentClient, project } from '@cdv/testing';
import { EmbeddedCollection, EmbeddedReadStore } from './embedded/embedded-read-store';
import { ProjectionUnavailable, WaitForPositionTimeout } from './projection-errors';
import { ProjectionRunner, type ProjectionRunnerOptions } from './projection-runner';
import { ProjectionRunners, waitForCheckpoint } from './projection-runners';
import type { ReadStore } from './read-store.port';
import {
  appendDossierEvent,
  appendOtherEvent,
  appendWorkload,
  documentsOf,
  dossierList,
  FaultyReadStore,
  silentLogger,
  totauxParFinanceur,
  type DossierListDocument,
} from './read-models.mother';

const TENANTS = ['mel', 'cahc', 'grand-nancy'];
const fastRetry = { initialDelayMs: 1, maxDelayMs: 5 };

function runnerFor<D extends ReadDocument>(
  eventStore: EventStore,
  readStore: ReadStore,
  projection: Projection<D>,
  options: Partial<ProjectionRunnerOptions<D>> = {},
) {
  return new ProjectionRunner<D>({ eventStore, readStore, projection, logger: silentLogger, retry: fastRetry, ...options });
}

/** What the projection gives over one tenant's events (up to a position), computed without any runner. */
async function expected<D extends ReadDocument>(eventStore: EventStore, projection: Projection<D>, tenant: string, until?: number) {
  const events = await eventStore.readAll({ tenant, until });
  return [...project(projection, events).values()].sort((a, b) => (a._id < b._id ? -1 : 1));
}

async function catchUp<D extends ReadDocument>(runner: ProjectionRunner<D>): Promise<void> {
  runner.start();
  await runner.whenCaughtUp();
  await runner.stop();
}

async function snapshot(readStore: ReadStore, projection: Projection, tenants = TENANTS) {
  const collection = projectionCollection(projection);
  return Promise.all(
    tenants.map(async (tenant) => ({
      tenant,
      documents: await documentsOf(readStore, tenant, collection),
      checkpoint: await readStore.forTenant(tenant).checkpoint(collection),
    })),
  );
}

describe('ProjectionRunner', () => {
  let eventStore: MemoryEventStore;
  beforeEach(() => {
    eventStore = new MemoryEventStore();
  });
  afterEach(async () => {
    await eventStore.close();
  });

  it("projects each tenant's events into that tenant's documents only, through the active version", async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 600 });
    const readStore = new EmbeddedReadStore();
    await catchUp(runnerFor(eventStore, readStore, dossierList, { batchSize: 37 }));

    for (const tenant of TENANTS) {
      const documents = await documentsOf(readStore, tenant, 'dossiers_v1');
      expect(documents.length).toBeGreaterThan(5);
      expect(documents).toEqual(await expected(eventStore, dossierList, tenant));
      // titles name their tenant: no document carries another tenant's event
      for (const document of documents) expect(document.titre).toMatch(new RegExp(`de ${tenant}$`));
      expect(await readStore.forTenant(tenant).readModel('dossiers').count()).toBe(documents.length);
    }
    expect(await readStore.globalCheckpoint('dossiers_v1')).toBe(await eventStore.headPosition());
  });

  it('loads the documents of a batch with one query per tenant, and chains several events on one document', async () => {
    await appendDossierEvent(eventStore, 'mel', 'DossierDepose', { dossierId: 'd1', titre: 'Jardins' });
    await appendDossierEvent(eventStore, 'cahc', 'DossierDepose', { dossierId: 'd1', titre: 'Sport' });
    for (const montant of [100, 200, 300]) await appendDossierEvent(eventStore, 'mel', 'LigneDemandee', { dossierId: 'd1', financeur: 'etat', montant });
    await appendDossierEvent(eventStore, 'mel', 'LigneVotee', { dossierId: 'd1', financeur: 'etat', montant: 550 });
    await appendDossierEvent(eventStore, 'cahc', 'LigneDemandee', { dossierId: 'd1', financeur: 'caf', montant: 40 });
    const readStore = new EmbeddedReadStore();
    const finds = jest.spyOn(EmbeddedCollection.prototype, 'find');
    try {
      await catchUp(runnerFor(eventStore, readStore, dossierList));
      expect(finds).toHaveBeenCalledTimes(2);
    } finally {
      finds.mockRestore();
    }
    expect(await documentsOf(readStore, 'mel', 'dossiers_v1')).toEqual([
      { _id: 'd1', titre: 'Jardins', statut: 'vote', lignes: { etat: { demande: 600, vote: 550 } }, demande: 600, vote: 550, evenements: 5, _position: 6 },
    ]);
    expect(await documentsOf(readStore, 'cahc', 'dossiers_v1')).toMatchObject([{ _id: 'd1', titre: 'Sport', demande: 40, _position: 7 }]);
  });

  it('follows the log live and moves its checkpoint past events it does not read', async () => {
    const readStore = new EmbeddedReadStore();
    const runner = runnerFor(eventStore, readStore, dossierList).start();
    await runner.whenCaughtUp();
    expect(runner.status()).toMatchObject({ state: 'live', checkpoint: 0 });

    await appendDossierEvent(eventStore, 'mel', 'DossierDepose', { dossierId: 'd9', titre: 'Nouveau' });
    const other = await appendOtherEvent(eventStore, 'mel');
    await runner.waitForPosition(other, 2_000);
    expect(await readStore.forTenant('mel').readModel('dossiers').findOne({ _id: 'd9' })).toMatchObject({ titre: 'Nouveau' });
    expect(runner.status()).toMatchObject({ state: 'live', checkpoint: other, eventsProcessed: 1 }); // only its own types are read
    await runner.stop();
    expect(runner.status().state).toBe('stopped');
  });

  describe('killed mid-batch, then restarted: exactly the documents of an uninterrupted run', () => {
    let reference: Awaited<ReturnType<typeof snapshot>>;
    beforeEach(async () => {
      await appendWorkload(eventStore, { tenants: TENANTS, events: 500, seed: 7 });
      const uninterrupted = new EmbeddedReadStore();
      await catchUp(runnerFor(eventStore, uninterrupted, dossierList, { batchSize: 50 }));
      reference = await snapshot(uninterrupted, dossierList);
    });

    it.each([
      ['the second tenant commit of the third batch', (faulty: FaultyReadStore) => (faulty.failCommit = (index) => index === 7)],
      ['the last tenant commit of a batch', (faulty: FaultyReadStore) => (faulty.failCommit = (index) => index === 14)],
      ['the global checkpoint after all tenant commits', (faulty: FaultyReadStore) => (faulty.failGlobalCheckpoint = (index) => index === 4)],
    ])('crash on %s', async (_where, arm) => {
      const shared = new EmbeddedReadStore();
      const faulty = new FaultyReadStore(shared);
      arm(faulty);
      const crashed = runnerFor(eventStore, faulty, dossierList, { batchSize: 50, retry: { maxAttempts: 1 } }).start();
      await expect(crashed.whenCaughtUp()).rejects.toThrow(ProjectionUnavailable);
      expect(crashed.status()).toMatchObject({ state: 'failed', lastError: expect.stringMatching(/simulated/) });
      // the crash left some tenant ahead of the global checkpoint: the case the per-tenant checkpoints are for
      const global = await shared.globalCheckpoint('dossiers_v1');
      const ahead = await Promise.all(TENANTS.map(async (tenant) => (await shared.forTenant(tenant).checkpoint('dossiers_v1')) > global));
      expect(ahead).toContain(true);

      await catchUp(runnerFor(eventStore, shared, dossierList, { batchSize: 50 }));
      expect(await snapshot(shared, dossierList)).toEqual(reference);
    });

    it('retries transient failures with backoff and ends with the same documents', async () => {
      const shared = new EmbeddedReadStore();
      const faulty = new FaultyReadStore(shared);
      faulty.failCommit = (index) => index >= 4 && index < 7;
      faulty.failGlobalCheckpoint = (index) => index === 3;
      const warnings: string[] = [];
      const runner = runnerFor(eventStore, faulty, dossierList, { batchSize: 50, logger: { warn: (m) => warnings.push(m), error: () => undefined } });
      await catchUp(runner);
      expect(warnings).toHaveLength(4);
      expect(warnings[0]).toMatch(/simulated .* \(attempt 1, retrying\)/);
      expect(runner.status()).toMatchObject({ state: 'stopped' });
      expect(runner.status().lastError).toBeUndefined();
      expect(await snapshot(shared, dossierList)).toEqual(reference);
    });

    it('retries failing reads of the event store', async () => {
      class FlakyEventStore extends MemoryEventStore {
        failures = 2;
        override async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
          if (this.failures > 0 && (options?.after ?? 0) > 0) {
            this.failures -= 1;
            throw new Error('SQLITE_BUSY: database is locked');
          }
          return super.readAll(options);
        }
      }
      const flaky = new FlakyEventStore();
      for (const event of await eventStore.readAll()) flaky.storedEvents.push(event);
      const readStore = new EmbeddedReadStore();
      const warnings: string[] = [];
      await catchUp(runnerFor(flaky, readStore, dossierList, { batchSize: 50, logger: { warn: (m) => warnings.push(m), error: () => undefined } }));
      expect(warnings.filter((m) => m.includes('SQLITE_BUSY'))).toHaveLength(2);
      expect(await snapshot(readStore, dossierList)).toEqual(reference);
    });
  });

  it('resubscribes with backoff when the event store ends its subscription without being asked to', async () => {
    class DroppingEventStore extends MemoryEventStore {
      drops = 2;
      override subscribe(options?: SubscribeOptions): EventSubscription {
        const inner = super.subscribe(options);
        if (this.drops-- <= 0) return inner;
        // hands out one batch, then ends, as a subscription whose server call was completed by a restart
        let handed = false;
        return {
          close: () => inner.close(),
          get scannedUpTo() {
            return inner.scannedUpTo;
          },
          [Symbol.asyncIterator]: () => {
            const iterator = inner[Symbol.asyncIterator]();
            return {
              next: async () => {
                if (handed) return { done: true, value: undefined };
                handed = true;
                return iterator.next();
              },
            };
          },
        };
      }
    }
    const dropping = new DroppingEventStore();
    await appendWorkload(dropping, { tenants: TENANTS, events: 300 });
    const readStore = new EmbeddedReadStore();
    const warnings: string[] = [];
    const runner = runnerFor(dropping, readStore, dossierList, { batchSize: 50, logger: { warn: (m) => warnings.push(m), error: () => undefined } }).start();
    await runner.whenCaughtUp();
    expect(warnings).toEqual([
      expect.stringMatching(/ended the subscription after position \d+ without being asked to \(attempt 1, retrying\)/),
      expect.anything(),
    ]);
    expect(runner.status()).toMatchObject({ state: 'live', checkpoint: await dropping.headPosition() });
    for (const tenant of TENANTS) expect(await documentsOf(readStore, tenant, 'dossiers_v1')).toEqual(await expected(dropping, dossierList, tenant));
    await runner.stop();
  });

  it('skips the events of a tenant the read store cannot hold, and goes on with the other tenants', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 300 });
    const faulty = new FaultyReadStore(new EmbeddedReadStore());
    faulty.refusedTenants.add('cahc');
    const errors: string[] = [];
    const runner = runnerFor(eventStore, faulty, dossierList, { batchSize: 40, logger: { warn: () => undefined, error: (m) => errors.push(m) } }).start();
    await runner.whenCaughtUp();
    const skipped = (await eventStore.readAll({ tenant: 'cahc', eventTypes: dossierList.eventTypes })).length;
    const [first] = await eventStore.readAll({ tenant: 'cahc', eventTypes: dossierList.eventTypes, maxCount: 1 });
    expect(runner.status()).toMatchObject({
      state: 'live',
      checkpoint: await eventStore.headPosition(),
      refusedTenants: [{ tenantId: 'cahc', reason: 'simulated: its database name would be too long', firstPosition: first.position, eventsSkipped: skipped }],
    });
    expect(errors).toEqual([expect.stringContaining('tenant "cahc" skipped from position')]);
    for (const tenant of ['mel', 'grand-nancy'])
      expect(await documentsOf(faulty, tenant, 'dossiers_v1')).toEqual(await expected(eventStore, dossierList, tenant));
    // live too: the refused tenant's new events are skipped, the others' projected
    await appendDossierEvent(eventStore, 'cahc', 'DossierDepose', { dossierId: 'x1' });
    const position = await appendDossierEvent(eventStore, 'mel', 'DossierDepose', { dossierId: 'x2', titre: 'Après' });
    await runner.waitForPosition(position, 2_000);
    expect(await faulty.forTenant('mel').readModel('dossiers').findOne({ _id: 'x2' })).toMatchObject({ titre: 'Après' });
    expect(runner.status().refusedTenants?.[0].eventsSkipped).toBe(skipped + 1);
    await runner.stop();
  });

  describe('poison events', () => {
    it('stop that projection only, after committing what precedes them, and report position and id', async () => {
      await appendWorkload(eventStore, { tenants: TENANTS, events: 200 });
      const before = await eventStore.headPosition();
      const poisonPosition = await appendDossierEvent(eventStore, 'mel', 'LigneDemandee', { dossierId: 'ghost', financeur: 'etat', montant: 100 });
      await appendWorkload(eventStore, { tenants: TENANTS, events: 50, seed: 3 });
      const [poisonEvent] = await eventStore.readAll({ after: poisonPosition - 1, maxCount: 1 });

      const readStore = new EmbeddedReadStore();
      const reported: unknown[] = [];
      const runners = new ProjectionRunners([
        runnerFor(eventStore, readStore, dossierList, { batchSize: 500, onPoison: (poison) => reported.push(poison) }),
        runnerFor(eventStore, readStore, totauxParFinanceur, { batchSize: 500 }),
      ]);
      runners.startAll();
      await expect(runners.get('dossiers').whenCaughtUp()).rejects.toThrow(/poison event .* at position \d+/);
      await runners.get('financeurs').whenCaughtUp();

      const poison = {
        projection: 'dossiers',
        version: 1,
        position: poisonPosition,
        eventId: poisonEvent.id,
        eventType: 'LigneDemandee',
        stream: 'mel:dossier-ghost',
        tenantId: 'mel',
        message: 'LigneDemandee on unknown dossier ghost',
      };
      expect(reported).toEqual([poison]);
      expect(runners.get('dossiers').status()).toMatchObject({ state: 'poisoned', checkpoint: before, poison });
      expect(runners.get('financeurs').status()).toMatchObject({ state: 'live', checkpoint: await eventStore.headPosition() });
      for (const tenant of TENANTS) {
        expect(await documentsOf(readStore, tenant, 'dossiers_v1')).toEqual(await expected(eventStore, dossierList, tenant, before));
      }
      await expect(runners.waitForPosition('dossiers', poisonPosition, 1_000)).rejects.toThrow(ProjectionUnavailable);
      await expect(runners.waitForPosition('dossiers', poisonPosition, 1_000)).rejects.toThrow(`at position ${poisonPosition}`);
      await runners.stopAll();

      // once the projection is fixed, a restart resumes right before the poison event
      const tolerant: Projection<DossierListDocument> = {
        ...dossierList,
        evolve: (document, event) => (document || event.type === 'DossierDepose' ? dossierList.evolve(document, event) : null),
      };
      await catchUp(runnerFor(eventStore, readStore, tolerant));
      for (const tenant of TENANTS) expect(await documentsOf(readStore, tenant, 'dossiers_v1')).toEqual(await expected(eventStore, tolerant, tenant));
    });
  });

  describe('read-your-writes', () => {
    it('waitForPosition resolves once every named runner has committed the position', async () => {
      const readStore = new EmbeddedReadStore();
      const runners = new ProjectionRunners([runnerFor(eventStore, readStore, dossierList), runnerFor(eventStore, readStore, totauxParFinanceur)]);
      runners.startAll();
      await appendDossierEvent(eventStore, 'mel', 'DossierDepose', { dossierId: 'd1', titre: 'Jardins' });
      const position = await appendDossierEvent(eventStore, 'mel', 'LigneDemandee', { dossierId: 'd1', financeur: 'etat', montant: 700 });
      await runners.waitForPosition(['dossiers', 'financeurs'], position, 2_000);
      const tenant = readStore.forTenant('mel');
      expect(await tenant.readModel('dossiers').findOne({ _id: 'd1' })).toMatchObject({ demande: 700 });
      expect(await tenant.readModel('financeurs').findOne({ _id: 'etat' })).toMatchObject({ demande: 700 });
      await runners.waitForPosition(undefined, 1, 0);
      await waitForCheckpoint(readStore, [dossierList, totauxParFinanceur], position, 1_000);
      await runners.stopAll();
    });

    it('times out with an error naming the read model, the position and where it is', async () => {
      const readStore = new EmbeddedReadStore();
      const position = await appendDossierEvent(eventStore, 'mel', 'DossierDepose', { dossierId: 'd1' });
      const idle = runnerFor(eventStore, readStore, dossierList);
      const error = await idle.waitForPosition(position, 30).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WaitForPositionTimeout);
      expect((error as Error).message).toBe(`read model "dossiers" did not reach position ${position} within 30 ms (it is at 0)`);
      await expect(waitForCheckpoint(readStore, [dossierList], position, 30, 5)).rejects.toThrow(WaitForPositionTimeout);
    });
  });

  it('reports its lag in events and seconds behind the head', async () => {
    await appendWorkload(eventStore, { tenants: TENANTS, events: 20 });
    const [first] = await eventStore.readAll({ maxCount: 1 });
    const now = Date.parse(first.metadata.recordedAt) + 90_000;
    const readStore = new EmbeddedReadStore();
    const runner = runnerFor(eventStore, readStore, dossierList, { now: () => now });
    const head = await eventStore.headPosition();
    expect(await runner.lag()).toEqual({
      name: 'dossiers',
      version: 1,
      checkpoint: 0,
      head,
      eventsBehind: head,
      eventsBehindEstimated: false,
      secondsBehind: 90,
    });
    await catchUp(runner);
    expect(await runner.lag()).toMatchObject({ checkpoint: head, eventsBehind: 0, secondsBehind: 0 });
  });

  it('counts its lag in events where positions are byte offsets (KurrentDB), not in bytes', async () => {
    const kurrent = new KurrentDbEventStore(new FakeKurrentClient() as unknown as KurrentDBClient);
    await appendWorkload(kurrent, { tenants: TENANTS, events: 1_500, dossiers: 300 });
    const total = (await kurrent.readAll()).length;
    const lag = await runnerFor(kurrent, new EmbeddedReadStore(), dossierList).lag();
    expect(lag.eventsBehindEstimated).toBe(true);
    expect(lag.head).toBeGreaterThan(50 * total); // positions are offsets: far apart
    expect(Math.abs(lag.eventsBehind - total) / total).toBeLessThan(0.1);
    await kurrent.close();
  });
});
