import { randomBytes } from 'node:crypto';
import { streamName, type EventContext, type NewEvent, type RecordedEvent } from '@cdv/eventsourcing';
import type { KurrentDbEventStore } from '../kurrentdb/kurrentdb-event-store';

/**
 * What only the KurrentDB adapter meets: $all holds records that are not the platform's (other applications'
 * events, system events), positions are byte offsets, and the client holds a gRPC channel. Runs against a real
 * server when KURRENTDB_URL is set (contract/kurrentdb.int.spec.ts) and over the in-process client stand-in in
 * `npm test` (kurrentdb/kurrentdb-event-store.unit.spec.ts). Every test works in a tenant of its own.
 */
export interface KurrentDbHarness {
  store(): Promise<KurrentDbEventStore>;
  /** Appends `count` events of another application (no tenant, no hash) to `stream`, through the raw client. */
  writeForeign(stream: string, count: number): Promise<void>;
  /** The client's gRPC channel state (@grpc/grpc-js ConnectivityState: 4 = SHUTDOWN). */
  channelState(store: KurrentDbEventStore): Promise<number>;
}

export function describeKurrentDbAdapterContract(name: string, harness: KurrentDbHarness): void {
  describe(`KurrentDB adapter: ${name}`, () => {
    let store: KurrentDbEventStore;
    let tenant: string;
    beforeEach(async () => {
      store = await harness.store();
      tenant = `t${randomBytes(5).toString('hex')}`;
    });
    afterEach(async () => {
      await store.close();
    });

    it('readAll ends over a long run of records that are not the platform’s (the server filter lets them through)', async () => {
      const start = await store.headPosition();
      await harness.writeForeign(`orders-${tenant}`, 600);
      const { events } = await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
      // unfiltered, as the runners' lag does every 5 s; it used to re-read the same page forever (the test's timeout)
      const read = await store.readAll({ after: start });
      expect(read.filter((event) => event.metadata.tenantId === tenant)).toEqual(events);
      expect(await store.readAll({ after: events[0].position })).toEqual([]);
    });

    it('a subscription reads past them and reports how far it has read', async () => {
      const start = await store.headPosition();
      await harness.writeForeign(`orders-${tenant}`, 600);
      const { events } = await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
      const subscription = store.subscribe({ after: start, batchSize: 100 });
      try {
        const delivered: RecordedEvent[] = [];
        for await (const batch of subscription) {
          delivered.push(...batch.filter((event) => event.metadata.tenantId === tenant));
          if (subscription.scannedUpTo >= events[0].position) break;
        }
        expect(delivered.map((event) => event.id)).toEqual([events[0].id]);
      } finally {
        await subscription.close();
      }
    });

    it('headPosition of a tenant whose last event lies behind other applications’ and tenants’ records', async () => {
      const { events } = await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent(tenant, 'A'), anEvent(tenant, 'A')], {
        expectedRevision: 'no_stream',
      });
      await harness.writeForeign(`orders-${tenant}`, 600);
      const other = `u${tenant.slice(1)}`;
      const theirs = await store.append(streamName(other, 'dossier', 'd1'), [anEvent(other, 'A')], { expectedRevision: 'no_stream' });
      expect(await store.headPosition({ tenant })).toBe(events[1].position);
      expect(await store.headPosition()).toBeGreaterThanOrEqual(theirs.positions[0]);
      expect(await store.headPosition({ tenant: `v${tenant.slice(1)}` })).toBe(0);
    });

    it('close() closes the gRPC channel, not only the streams', async () => {
      await store.append(streamName(tenant, 'dossier', 'd1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
      const subscription = store.subscribe({ tenant });
      await subscription[Symbol.asyncIterator]().next();
      await store.close();
      expect(await harness.channelState(store)).toBe(4);
    });
  });
}

function anEvent(tenantId: string, type: string): NewEvent {
  const metadata: EventContext = { tenantId, actor: { userId: 'agent-1', role: 'agent', organisationId: 'org-epci' }, source: 'api' };
  return { type, data: {}, metadata };
}
