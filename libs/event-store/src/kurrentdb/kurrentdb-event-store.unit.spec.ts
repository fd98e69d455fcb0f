import type { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { streamName, WrongExpectedRevision, type EventContext, type NewEvent } from '@cdv/eventsourcing';
import { FakeKurrentClient } from '@cdv/testing';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { describeKurrentDbAdapterContract } from '../contract/kurrentdb-adapter.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

/**
 * The KurrentDB adapter's own logic (expected-revision checks, replay detection, retries, paging, filters,
 * checkpoints, envelope mapping, subscription batching, ends and closing) run through the contract suites over
 * an in-process stand-in of the client (libs/testing/src/fake-kurrentdb-client.ts, which says what it mimics and
 * from which sources). This is no substitute for a server: `contract/kurrentdb.int.spec.ts` runs the same suites
 * against a real one when KURRENTDB_URL is set.
 */
const asClient = (fake: FakeKurrentClient) => fake as unknown as KurrentDBClient;

// One fake for the contract, like one server shared by every test.
const shared = new FakeKurrentClient();
describeEventStoreContract('kurrentdb adapter over a fake client (no server)', async () => new KurrentDbEventStore(asClient(shared), { pageSize: 4 }));

const fakes = new WeakMap<KurrentDbEventStore, FakeKurrentClient>();
describeKurrentDbAdapterContract('fake client (no server)', {
  store: async () => {
    const store = new KurrentDbEventStore(asClient(shared), { pageSize: 50 });
    fakes.set(store, shared);
    return store;
  },
  writeForeign: async (stream, count) => shared.writeForeign(stream, count),
  channelState: async () => shared.channel.getConnectivityState(),
});

describe('KurrentDB adapter over a fake client: what a single server cannot show', () => {
  const tenant = 'mel';
  const context: EventContext = { tenantId: tenant, actor: { userId: 'agent-1', role: 'agent', organisationId: 'org-epci' }, source: 'api' };
  const anEvent = (type: string): NewEvent => ({ type, data: {}, metadata: context });
  let fake: FakeKurrentClient;
  let store: KurrentDbEventStore;
  beforeEach(() => {
    fake = new FakeKurrentClient();
    store = new KurrentDbEventStore(asClient(fake), { pageSize: 8 });
  });
  afterEach(() => store.close());

  it('reads from the leader: a follower that missed the last append cannot turn a right expected revision into a conflict', async () => {
    const first = await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('A'), anEvent('B')], { expectedRevision: 'no_stream' });
    // after a failover the client may still talk to a node that has not replicated the last records
    fake.followerLag = 3;
    const next = await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('C')], { expectedRevision: first.nextExpectedRevision });
    expect(next.nextExpectedRevision).toBe(2);
    expect((await store.readStream(streamName(tenant, 'dossier', 'd1'))).map((event) => event.type)).toEqual(['A', 'B', 'C']);
    await store.headPosition({ tenant });
    await store.readAll({ tenant });
    expect(fake.reads.filter((read) => read.requiresLeader !== true)).toEqual([]);
  });

  it('moves on with the server checkpoints during a catch-up, without waiting to probe the head', async () => {
    const patient = new KurrentDbEventStore(asClient(fake), { idleProbeMs: 60_000 });
    await patient.append(streamName(tenant, 'dossier', 'd1'), [anEvent('Rare'), ...Array.from({ length: 100 }, () => anEvent('Other'))], {
      expectedRevision: 'no_stream',
    });
    const head = await patient.headPosition();
    const subscription = patient.subscribe({ eventTypes: ['Rare'] });
    const delivered = [];
    for await (const batch of subscription) {
      delivered.push(...batch);
      if (subscription.scannedUpTo >= head) break;
    }
    expect(delivered.map((event) => event.type)).toEqual(['Rare']);
    await patient.close();
  });

  it('sends a read again when the node answers that it is no longer the leader', async () => {
    await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('A')], { expectedRevision: 'no_stream' });
    fake.notLeaderFor = 2;
    expect(await store.readStream(streamName(tenant, 'dossier', 'd1'))).toHaveLength(1);
    fake.notLeaderFor = 99;
    await expect(store.readStream(streamName(tenant, 'dossier', 'd1'))).rejects.toMatchObject({ type: 'not-leader' });
  });

  it('a subscription the server ends without being asked to fails, so that its consumer resubscribes', async () => {
    await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('A')], { expectedRevision: 'no_stream' });
    const iterator = store.subscribe({ tenant })[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toHaveLength(1);
    fake.endSubscriptions();
    const drain = async () => {
      for (;;) expect((await iterator.next()).value).toEqual([]); // checkpoints still buffered, then the end
    };
    await expect(drain()).rejects.toThrow(/ended the \$all subscription .* without being asked to/);
  });

  it('refuses a connection that would answer a failed append instead of throwing it', () => {
    for (const url of ['kurrentdb://localhost:2113?tls=false&throwOnAppendFailure=false', 'kurrentdb://h:2113?THROW_ON_APPEND_FAILURE=False']) {
      expect(() => new KurrentDbEventStore(url)).toThrow(/throwOnAppendFailure=false/);
    }
    expect(() => new KurrentDbEventStore('kurrentdb://localhost:2113?tls=false&throwOnAppendFailure=true')).not.toThrow();
    const silent = new FakeKurrentClient();
    silent.throwOnAppendFailure = false;
    expect(() => new KurrentDbEventStore(asClient(silent))).toThrow(/throwOnAppendFailure=false/);
  });

  it('still reports a conflict if the client answers a failed append as a result', async () => {
    await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('A')], { expectedRevision: 'no_stream' });
    fake.throwOnAppendFailure = false;
    // a writer that read revision 0 and loses the race against another one
    const racing = Promise.all([
      store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('B')], { expectedRevision: 0 }),
      store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('C')], { expectedRevision: 0 }),
    ]);
    await expect(racing).rejects.toBeInstanceOf(WrongExpectedRevision);
    expect(await store.readStream(streamName(tenant, 'dossier', 'd1'))).toHaveLength(2);
  });

  it('finds the head of a small tenant without scanning the log before its last event', async () => {
    for (let index = 0; index < 50; index++)
      await store.append(streamName('old', 'dossier', `d${index}`), [{ ...anEvent('A'), metadata: { ...context, tenantId: 'old' } }], {
        expectedRevision: 'no_stream',
      });
    const { positions } = await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent('A')], { expectedRevision: 'no_stream' });
    fake.writeForeign('orders-2', 200);
    fake.scanned = 0;
    expect(await store.headPosition({ tenant })).toBe(positions[0]);
    // 200 foreign records and a link after the tenant's event; the 100 records of the older tenant are not read
    expect(fake.scanned).toBeLessThan(210);
  });
});
