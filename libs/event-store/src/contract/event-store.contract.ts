import { randomBytes } from 'node:crypto';
import {
  CommandHandler,
  IdempotencyConflict,
  InvalidAppend,
  InvalidStreamName,
  StreamNotFound,
  WrongExpectedRevision,
  streamName,
  uuidv7,
  verifyStreamChain,
  type Command,
  type Decider,
  type DomainEvent,
  type EventContext,
  type EventStore,
  type EventSubscription,
  type NewEvent,
  type RecordedEvent,
} from '@cdv/eventsourcing';

/**
 * The contract every EventStore adapter passes (docs/design.md §7). Written with Jest globals so that each adapter's
 * `*.int.spec.ts` runs it with its own factory.
 *
 * Every test works in a tenant of its own and compares positions with what it wrote, never with absolute
 * values: the KurrentDB run shares one server between tests (and with other test files).
 */
export function describeEventStoreContract(name: string, factory: () => Promise<EventStore>, teardown?: (store: EventStore) => Promise<void>): void {
  describe(`EventStore contract: ${name}`, () => {
    let store: EventStore;
    let tenant: string;
    const subscriptions: EventSubscription[] = [];

    beforeEach(async () => {
      store = await factory();
      tenant = aTenant();
    });

    afterEach(async () => {
      await Promise.all(subscriptions.splice(0).map((subscription) => subscription.close()));
      await store.close();
      await teardown?.(store);
    });

    const stream = (id: string, category = 'dossier') => streamName(tenant, category, id);
    const subscribe = (...args: Parameters<EventStore['subscribe']>) => {
      const subscription = store.subscribe(...args);
      subscriptions.push(subscription);
      return subscription;
    };

    describe('append and readStream', () => {
      it('round-trips the full envelope', async () => {
        const ids = [uuidv7(), uuidv7()];
        const context = aContext(tenant, {
          reason: 'dépôt tardif',
          commandId: 'cmd-1',
          correlationId: 'corr-1',
          causationId: 'cause-1',
          effectiveAt: '2024-03-01',
        });
        const data = { titre: "Atelier d'écriture — Épeule", montantCents: 1_712_989_00, qpv: ['QN05901M'], porteur: { siret: '12345678900011', nom: null } };
        const appended = await store.append(
          stream('d1'),
          [
            { id: ids[0], type: 'DossierDepose', data, metadata: context },
            { id: ids[1], type: 'FinancementDemande', schemaVersion: 2, data: { financeur: 'etat', montantCents: 500_000 }, metadata: context },
          ],
          { expectedRevision: 'no_stream' },
        );

        expect(appended.nextExpectedRevision).toBe(1);
        expect(appended.positions).toEqual(appended.events.map((event) => event.position));
        expect(appended.positions[1]).toBeGreaterThan(appended.positions[0]);
        expect(appended.positions[0]).toBeGreaterThan(0);

        const read = await store.readStream(stream('d1'));
        expect(read).toEqual(appended.events);
        const [first, second] = read;
        expect(first).toEqual({
          id: ids[0],
          type: 'DossierDepose',
          schemaVersion: 1,
          stream: stream('d1'),
          revision: 0,
          position: appended.positions[0],
          data,
          metadata: { ...context, recordedAt: expect.any(String), prevHash: null, hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
        });
        expect(new Date(first.metadata.recordedAt).toISOString()).toBe(first.metadata.recordedAt);
        expect(second).toMatchObject({ id: ids[1], type: 'FinancementDemande', schemaVersion: 2, revision: 1, position: appended.positions[1] });
        expect(second.metadata.prevHash).toBe(first.metadata.hash);
        expect(verifyStreamChain(read)).toBeNull();
      });

      it('generates a uuid when the event has no id', async () => {
        const { events } = await store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 'any' });
        expect(events[0].id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      });

      it('keeps its own copy: mutating the appended input or a read result changes nothing stored', async () => {
        const event = anEvent(tenant, 'A', { liste: [1, 2] });
        await store.append(stream('d1'), [event], { expectedRevision: 'no_stream' });
        (event.data as { liste: number[] }).liste.push(3);
        const [read] = await store.readStream(stream('d1'));
        (read.data as { liste: number[] }).liste.push(4);
        const [again] = await store.readStream(stream('d1'));
        expect(again.data).toEqual({ liste: [1, 2] });
        expect(verifyStreamChain([again])).toBeNull();
      });

      it('stores dates the way JSON does, and the chain still verifies', async () => {
        await store.append(stream('d1'), [anEvent(tenant, 'A', { at: new Date('2024-03-01T09:00:00.000Z') })], { expectedRevision: 'no_stream' });
        expect(verifyStreamChain(await store.readStream(stream('d1')))).toBeNull();
      });

      it('reads with fromRevision, maxCount and backwards', async () => {
        await store.append(
          stream('d1'),
          range(5).map((index) => anEvent(tenant, 'A', { index })),
          { expectedRevision: 'no_stream' },
        );
        const revisions = async (options: Parameters<EventStore['readStream']>[1]) =>
          (await store.readStream(stream('d1'), options)).map((event) => event.revision);

        expect(await revisions(undefined)).toEqual([0, 1, 2, 3, 4]);
        expect(await revisions({ fromRevision: 2 })).toEqual([2, 3, 4]);
        expect(await revisions({ maxCount: 2 })).toEqual([0, 1]);
        expect(await revisions({ fromRevision: 1, maxCount: 3 })).toEqual([1, 2, 3]);
        expect(await revisions({ direction: 'backwards' })).toEqual([4, 3, 2, 1, 0]);
        expect(await revisions({ direction: 'backwards', maxCount: 1 })).toEqual([4]);
        expect(await revisions({ direction: 'backwards', fromRevision: 3, maxCount: 2 })).toEqual([3, 2]);
        expect(await revisions({ fromRevision: 5 })).toEqual([]);
      });

      it('throws StreamNotFound for a stream without events', async () => {
        await expect(store.readStream(stream('nothing'))).rejects.toBeInstanceOf(StreamNotFound);
        await expect(store.readStream(stream('nothing'))).rejects.toMatchObject({ stream: stream('nothing') });
        await expect(store.readStream(stream('nothing'), { direction: 'backwards', maxCount: 1 })).rejects.toBeInstanceOf(StreamNotFound);
      });

      it('refuses an empty batch, a malformed id, a stream without tenant', async () => {
        await expect(store.append(stream('d1'), [], { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidAppend);
        await expect(store.append(stream('d1'), [{ ...anEvent(tenant, 'A'), id: 'not-a-uuid' }], { expectedRevision: 'any' })).rejects.toBeInstanceOf(
          InvalidAppend,
        );
        await expect(store.append('dossier-1', [anEvent(tenant, 'A')], { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidStreamName);
        await expect(store.readStream(stream('d1'))).rejects.toBeInstanceOf(StreamNotFound);
      });
    });

    describe('tenancy', () => {
      it('refuses an event whose metadata names another tenant than its stream, and writes nothing', async () => {
        const other = aTenant();
        const batch = [anEvent(tenant, 'A'), anEvent(other, 'B')];
        await expect(store.append(stream('d1'), batch, { expectedRevision: 'any' })).rejects.toBeInstanceOf(InvalidAppend);
        await expect(store.append(stream('d1'), [anEvent(other, 'A')], { expectedRevision: 'no_stream' })).rejects.toThrow(/tenant/);
        await expect(store.readStream(stream('d1'))).rejects.toBeInstanceOf(StreamNotFound);
        expect(await store.headPosition({ tenant })).toBe(0);
        expect(await store.headPosition({ tenant: other })).toBe(0);
      });

      it('gives the head position per tenant', async () => {
        const other = aTenant();
        expect(await store.headPosition({ tenant })).toBe(0);
        const mine = await store.append(stream('d1'), [anEvent(tenant, 'A'), anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
        const theirs = await store.append(streamName(other, 'dossier', 'd1'), [anEvent(other, 'A')], { expectedRevision: 'no_stream' });
        expect(await store.headPosition({ tenant })).toBe(mine.positions[1]);
        expect(await store.headPosition({ tenant: other })).toBe(theirs.positions[0]);
        expect(await store.headPosition()).toBeGreaterThanOrEqual(theirs.positions[0]);
        expect(await store.headPosition({ tenant: aTenant() })).toBe(0);
      });
    });

    describe('expected revision', () => {
      it('no_stream: only on a new stream', async () => {
        await store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
        const refused = store.append(stream('d1'), [anEvent(tenant, 'B')], { expectedRevision: 'no_stream' });
        await expect(refused).rejects.toBeInstanceOf(WrongExpectedRevision);
        await expect(refused).rejects.toMatchObject({ stream: stream('d1'), expected: 'no_stream', actual: 0 });
        expect(await store.readStream(stream('d1'))).toHaveLength(1);
      });

      it('a number: the revision of the last event, else WrongExpectedRevision with the actual one', async () => {
        await expect(store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 0 })).rejects.toMatchObject({ actual: -1 });
        const first = await store.append(stream('d1'), [anEvent(tenant, 'A'), anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
        expect(first.nextExpectedRevision).toBe(1);
        const second = await store.append(stream('d1'), [anEvent(tenant, 'B')], { expectedRevision: 1 });
        expect(second.nextExpectedRevision).toBe(2);
        const stale = store.append(stream('d1'), [anEvent(tenant, 'C')], { expectedRevision: 1 });
        await expect(stale).rejects.toBeInstanceOf(WrongExpectedRevision);
        await expect(stale).rejects.toMatchObject({ expected: 1, actual: 2 });
        await expect(store.append(stream('d1'), [anEvent(tenant, 'C')], { expectedRevision: 7 })).rejects.toMatchObject({ actual: 2 });
        expect((await store.readStream(stream('d1'))).map((event) => event.type)).toEqual(['A', 'A', 'B']);
      });

      it('any: appends whatever the state of the stream', async () => {
        expect((await store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 'any' })).nextExpectedRevision).toBe(0);
        expect((await store.append(stream('d1'), [anEvent(tenant, 'B')], { expectedRevision: 'any' })).nextExpectedRevision).toBe(1);
        expect(verifyStreamChain(await store.readStream(stream('d1')))).toBeNull();
      });

      it('concurrent appends with the same expected revision: exactly one succeeds', async () => {
        await store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
        const attempts = await Promise.allSettled(
          range(6).map((writer) => store.append(stream('d1'), [anEvent(tenant, 'B', { writer }), anEvent(tenant, 'C', { writer })], { expectedRevision: 0 })),
        );
        const won = attempts.filter((attempt) => attempt.status === 'fulfilled');
        const lost = attempts.flatMap((attempt) => (attempt.status === 'rejected' ? [attempt.reason] : []));
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(5);
        for (const error of lost) {
          expect(error).toBeInstanceOf(WrongExpectedRevision);
          expect(error).toMatchObject({ expected: 0, actual: 2 });
        }
        const events = await store.readStream(stream('d1'));
        expect(events.map((event) => event.revision)).toEqual([0, 1, 2]);
        expect(verifyStreamChain(events)).toBeNull();
      });

      it('concurrent writers with any: nothing lost, the stream stays contiguous and chained', async () => {
        await Promise.all(
          range(5).map((writer) =>
            store.append(stream('d1'), [anEvent(tenant, 'A', { writer }), anEvent(tenant, 'B', { writer })], { expectedRevision: 'any' }),
          ),
        );
        const events = await store.readStream(stream('d1'));
        expect(events.map((event) => event.revision)).toEqual(range(10));
        expect(verifyStreamChain(events)).toBeNull();
      });
    });

    describe('idempotency by event id', () => {
      it('re-sending a stored batch appends nothing and returns the original result', async () => {
        await store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
        const batch = [anEvent(tenant, 'B', {}, uuidv7()), anEvent(tenant, 'C', {}, uuidv7())];
        const original = await store.append(stream('d1'), batch, { expectedRevision: 0 });
        const head = await store.headPosition({ tenant });

        const again = await store.append(stream('d1'), batch, { expectedRevision: 0 });
        const againAny = await store.append(stream('d1'), batch, { expectedRevision: 'any' });
        for (const replay of [again, againAny]) {
          expect(replay.nextExpectedRevision).toBe(original.nextExpectedRevision);
          expect(replay.positions).toEqual(original.positions);
          expect(replay.events).toEqual(original.events);
          expect(replay.alreadyStored).toBe(true);
        }
        expect(original.alreadyStored).toBeUndefined();
        expect(await store.readStream(stream('d1'))).toHaveLength(3);
        expect(await store.headPosition({ tenant })).toBe(head);
      });

      it('a batch mixing stored and new ids is refused with IdempotencyConflict', async () => {
        const stored = anEvent(tenant, 'A', {}, uuidv7());
        await store.append(stream('d1'), [stored], { expectedRevision: 'no_stream' });
        const mixed = [stored, anEvent(tenant, 'B', {}, uuidv7())];
        await expect(store.append(stream('d1'), mixed, { expectedRevision: 'any' })).rejects.toBeInstanceOf(IdempotencyConflict);
        await expect(store.append(stream('d1'), mixed, { expectedRevision: 'no_stream' })).rejects.toMatchObject({ eventIds: [stored.id] });
        expect(await store.readStream(stream('d1'))).toHaveLength(1);
      });

      it('a command replayed through the CommandHandler appends nothing; racing commands: one wins, the others get CONFLICT', async () => {
        const handler = new CommandHandler(store);
        const command = (commandId?: string): Increment => ({
          type: 'Increment',
          data: {},
          metadata: { ...aContext(tenant, { commandId }), now: '2024-03-01T09:00:00.000Z' },
        });
        const first = await handler.handle(counter, { stream: stream('c1', 'compteur'), command: command('cmd-1') });
        const replay = await handler.handle(counter, { stream: stream('c1', 'compteur'), command: command('cmd-1') });
        expect(first).toMatchObject({ ok: true, replayed: false, nextExpectedRevision: 0 });
        expect(replay).toMatchObject({ ok: true, replayed: true, nextExpectedRevision: 0, state: { count: 1 } });

        const racing = await Promise.all(
          range(4).map(() => handler.handle(counter, { stream: stream('c1', 'compteur'), command: command(), expectedRevision: 0 })),
        );
        expect(racing.filter((outcome) => outcome.ok)).toHaveLength(1);
        expect(racing.filter((outcome) => !outcome.ok)).toEqual(
          range(3).map(() => expect.objectContaining({ ok: false, refusal: expect.objectContaining({ code: 'CONFLICT' }), currentRevision: 1 })),
        );
        expect(await store.readStream(stream('c1', 'compteur'))).toHaveLength(2);
      });
    });

    describe('readAll', () => {
      it('pages of some event types, rare or dense, list exactly the events of those types, in order', async () => {
        const types = range(3_000).map((index) => (index % 1_000 === 999 ? 'Rare' : index % 3 === 0 ? 'Dense' : 'Other'));
        await store.append(
          stream('mix'),
          types.map((type) => anEvent(tenant, type)),
          { expectedRevision: 'no_stream' },
        );
        const all = await store.readAll({ tenant });
        for (const [eventTypes, maxCount] of [
          [['Rare'], 2],
          [['Dense'], 250],
          [['Dense', 'Rare'], 700],
        ] as const) {
          const paged: RecordedEvent[] = [];
          for (let after = 0; ;) {
            const next = await store.readAll({ tenant, eventTypes, maxCount, after });
            expect(next.length).toBeLessThanOrEqual(maxCount);
            if (next.length === 0) break;
            paged.push(...next);
            after = next[next.length - 1].position;
          }
          expect(paged.map((event) => event.position)).toEqual(
            all.filter((event) => (eventTypes as readonly string[]).includes(event.type)).map((event) => event.position),
          );
        }
      });

      it('returns events in global order with tenant, type, after (exclusive), until (inclusive) and maxCount filters', async () => {
        const other = aTenant();
        const start = await store.headPosition();
        const written: RecordedEvent[] = [];
        for (const [owner, type] of [
          [tenant, 'A'],
          [other, 'A'],
          [tenant, 'B'],
          [tenant, 'A'],
          [other, 'B'],
          [tenant, 'C'],
          [tenant, 'A'],
        ] as const) {
          const { events } = await store.append(streamName(owner, 'dossier', type.toLowerCase()), [anEvent(owner, type)], { expectedRevision: 'any' });
          written.push(...events);
        }
        const mine = written.filter((event) => event.metadata.tenantId === tenant);
        const positions = (events: RecordedEvent[]) => events.map((event) => event.position);

        const all = await store.readAll({ after: start });
        const ours = all.filter((event) => [tenant, other].includes(event.metadata.tenantId));
        expect(positions(ours)).toEqual(positions(written));
        expect(ours).toEqual(written);
        expect(positions(all)).toEqual([...positions(all)].sort((a, b) => a - b));
        expect(new Set(positions(all)).size).toBe(all.length);

        expect(positions(await store.readAll({ tenant }))).toEqual(positions(mine));
        expect(positions(await store.readAll({ tenant, eventTypes: ['A', 'C'] }))).toEqual(positions(mine.filter((event) => event.type !== 'B')));
        expect(await store.readAll({ tenant, eventTypes: [] })).toEqual([]);
        expect(positions(await store.readAll({ tenant, after: mine[1].position }))).toEqual(positions(mine.slice(2)));
        expect(positions(await store.readAll({ tenant, until: mine[2].position }))).toEqual(positions(mine.slice(0, 3)));
        expect(positions(await store.readAll({ tenant, after: mine[0].position, until: mine[3].position }))).toEqual(positions(mine.slice(1, 4)));
        expect(positions(await store.readAll({ tenant, maxCount: 2 }))).toEqual(positions(mine.slice(0, 2)));
        expect(positions(await store.readAll({ tenant, after: mine[0].position, maxCount: 2 }))).toEqual(positions(mine.slice(1, 3)));
        expect(positions(await store.readAll({ tenant, eventTypes: ['A'], maxCount: 2, after: mine[0].position }))).toEqual(
          positions(mine.filter((event) => event.type === 'A').slice(1, 3)),
        );
        expect(positions(await store.readAll({ after: start, until: written[1].position }))).toEqual(positions(written.slice(0, 2)));
        expect(await store.readAll({ tenant, after: mine[mine.length - 1].position })).toEqual([]);
      });
    });

    describe('hash chain', () => {
      it('chains across appends and names a modified event', async () => {
        const first = await store.append(stream('d1'), [anEvent(tenant, 'A', { montantCents: 100 }), anEvent(tenant, 'B')], { expectedRevision: 'no_stream' });
        const second = await store.append(stream('d1'), [anEvent(tenant, 'C', { montantCents: 300 })], { expectedRevision: 1 });
        expect(second.events[0].metadata.prevHash).toBe(first.events[1].metadata.hash);

        const events = await store.readStream(stream('d1'));
        expect(verifyStreamChain(events)).toBeNull();

        const tampered = structuredClone(events);
        (tampered[2].data as { montantCents: number }).montantCents = 30_000;
        expect(verifyStreamChain(tampered)).toMatchObject({ revision: 2, eventId: events[2].id, problem: 'hash_mismatch' });
        const reordered = structuredClone(events);
        reordered[1].metadata.reason = 'ajouté après coup';
        expect(verifyStreamChain(reordered)).toMatchObject({ revision: 1, eventId: events[1].id, problem: 'hash_mismatch' });
      });
    });

    describe('subscribe', () => {
      it('from position p, delivers every later event exactly once and in order while several writers append', async () => {
        const before = await store.append(
          stream('w0'),
          range(3).map(() => anEvent(tenant, 'A')),
          { expectedRevision: 'no_stream' },
        );
        const p = before.positions[1];
        const subscription = subscribe({ after: p, tenant, batchSize: 7 });

        const writers = range(4).map(async (writer) => {
          let revision: number | 'no_stream' = 'no_stream';
          for (let index = 0; index < 12; index++) {
            const batch = range(1 + ((writer + index) % 3)).map(() => anEvent(tenant, 'B', { writer, index }));
            const target = index % 4 === 3 ? stream('shared') : stream(`w${writer + 1}`);
            const result = await store.append(target, batch, { expectedRevision: target === stream('shared') ? 'any' : revision });
            if (target !== stream('shared')) revision = result.nextExpectedRevision;
            await tick();
          }
        });
        const expectedCount = 1 + range(4).reduce((sum, writer) => sum + range(12).reduce((inner, index) => inner + 1 + ((writer + index) % 3), 0), 0);

        const received: RecordedEvent[] = [];
        const consumer = (async () => {
          for await (const batch of subscription) {
            // a filtered subscription may hand out an empty batch when it reads past other tenants' events
            expect(batch.length).toBeLessThanOrEqual(7);
            received.push(...batch);
            if (received.length >= expectedCount) break;
          }
        })();
        await Promise.all(writers);
        await consumer;

        const expected = await store.readAll({ tenant, after: p });
        expect(expected).toHaveLength(expectedCount);
        expect(received.map((event) => event.id)).toEqual(expected.map((event) => event.id));
        expect(received.map((event) => event.position)).toEqual(expected.map((event) => event.position));
        expect(received[0].id).toBe(before.events[2].id);
      });

      it('filters by event type and hands batches no larger than batchSize', async () => {
        await store.append(stream('d1'), [...range(5).map(() => anEvent(tenant, 'B')), ...range(3).map(() => anEvent(tenant, 'A'))], {
          expectedRevision: 'no_stream',
        });
        const subscription = subscribe({ tenant, eventTypes: ['B'], batchSize: 2 });
        const batches: RecordedEvent[][] = [];
        for await (const batch of subscription) {
          batches.push(batch);
          if (batches.flat().length >= 5) break;
        }
        expect(batches.every((batch) => batch.length <= 2)).toBe(true);
        expect(batches.flat().map((event) => event.type)).toEqual(['B', 'B', 'B', 'B', 'B']);
      });

      it('lets timers and I/O run between the batches of a catch-up (a long catch-up does not starve the process)', async () => {
        await store.append(
          stream('d1'),
          range(40).map(() => anEvent(tenant, 'A')),
          { expectedRevision: 'no_stream' },
        );
        let consumed = 0;
        let consumedWhenTimerRan = -1;
        setImmediate(() => (consumedWhenTimerRan = consumed));
        for await (const batch of subscribe({ tenant, batchSize: 2 })) {
          consumed += batch.length;
          if (consumed >= 40) break;
        }
        expect(consumedWhenTimerRan).toBeGreaterThanOrEqual(0);
        expect(consumedWhenTimerRan).toBeLessThan(40);
      });

      it('a filtered subscription reads past the events it leaves out: scannedUpTo reaches the head, with empty batches if need be', async () => {
        await store.append(stream('d1'), [anEvent(tenant, 'A'), anEvent(tenant, 'B'), anEvent(tenant, 'B')], { expectedRevision: 'no_stream' });
        const subscription = subscribe({ tenant, eventTypes: ['A'], batchSize: 10 });
        const iterator = subscription[Symbol.asyncIterator]();
        const delivered = await readUntilScanned(iterator, subscription, await store.headPosition({ tenant }));
        expect(delivered.map((event) => event.type)).toEqual(['A']);
        // only events it leaves out, appended live: empty batches, and the subscription moves past them
        await store.append(stream('d1'), [anEvent(tenant, 'B')], { expectedRevision: 2 });
        expect(await readUntilScanned(iterator, subscription, await store.headPosition({ tenant }))).toEqual([]);
        const unfiltered = subscribe({});
        for await (const batch of unfiltered) {
          if (batch.length === 0) continue;
          expect(unfiltered.scannedUpTo).toBeGreaterThanOrEqual(batch[batch.length - 1].position);
          break;
        }
      });

      it('without a tenant, a subscription to some event types reaches the head past the events of other types (projection runners subscribe so)', async () => {
        // types of this test only: the log of a shared server holds other tests' A and B
        const [a, b] = [`A${tenant}`, `B${tenant}`];
        const { events } = await store.append(stream('d1'), [anEvent(tenant, a), anEvent(tenant, b), anEvent(tenant, b)], { expectedRevision: 'no_stream' });
        const head = await store.headPosition();
        expect(head).toBeGreaterThanOrEqual(events[2].position);
        const subscription = subscribe({ eventTypes: [a], batchSize: 100 });
        const iterator = subscription[Symbol.asyncIterator]();
        const delivered = await readUntilScanned(iterator, subscription, head);
        expect(delivered.map((event) => event.id)).toEqual([events[0].id]);
        expect(subscription.scannedUpTo).toBeGreaterThanOrEqual(head);
        // live: a few events of other types only (a server sends a checkpoint only every 32 records)
        const later = await store.append(stream('d1'), [anEvent(tenant, b)], { expectedRevision: 2 });
        expect(await readUntilScanned(iterator, subscription, later.positions[0])).toEqual([]);
      });

      it('goes live: an event appended after catch-up arrives', async () => {
        await store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
        const iterator = subscribe({ tenant })[Symbol.asyncIterator]();
        expect(await nextEvents(iterator)).toHaveLength(1);
        const next = nextEvents(iterator);
        const { events } = await store.append(stream('d1'), [anEvent(tenant, 'B')], { expectedRevision: 0 });
        expect(await next).toEqual(events);
      });

      it('closing the subscription ends the iteration', async () => {
        const subscription = subscribe({ tenant });
        const seen: RecordedEvent[] = [];
        const consumer = (async () => {
          for await (const batch of subscription) seen.push(...batch);
          return 'ended';
        })();
        await store.append(stream('d1'), [anEvent(tenant, 'A')], { expectedRevision: 'no_stream' });
        await tick();
        await subscription.close();
        await expect(consumer).resolves.toBe('ended');
        expect(seen.length).toBeLessThanOrEqual(1);
      });

      it('closing the store ends its live subscriptions', async () => {
        const subscription = subscribe({ tenant });
        const consumer = (async () => {
          for await (const _batch of subscription) {
            // nothing is appended in this tenant
          }
          return 'ended';
        })();
        await tick();
        await store.close();
        await expect(consumer).resolves.toBe('ended');
      });
    });
  });
}

// --- fixtures -------------------------------------------------------------------------------------------

function aTenant(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

function aContext(tenantId: string, extra: Partial<EventContext> = {}): EventContext {
  return { tenantId, actor: { userId: 'agent-1', role: 'agent', organisationId: 'org-epci' }, source: 'api', ...extra };
}

function anEvent(tenantId: string, type: string, data: Record<string, unknown> = {}, id?: string): NewEvent {
  return { ...(id ? { id } : {}), type, data: { ...data }, metadata: aContext(tenantId) };
}

function range(count: number): number[] {
  return Array.from({ length: count }, (_, index) => index);
}

/** The next non-empty batch (a filtered subscription hands out empty ones when it reads past other events). */
async function nextEvents(iterator: AsyncIterator<RecordedEvent[]>): Promise<RecordedEvent[]> {
  for (;;) {
    const next = await iterator.next();
    if (next.done) throw new Error('the subscription ended');
    if (next.value.length > 0) return next.value;
  }
}

/**
 * Reads batches until the subscription has scanned up to `head` (within 15 s: a server sends its checkpoints a
 * little after the events, ADR 0011) and returns the events delivered meanwhile.
 */
async function readUntilScanned(iterator: AsyncIterator<RecordedEvent[]>, subscription: EventSubscription, head: number): Promise<RecordedEvent[]> {
  const delivered: RecordedEvent[] = [];
  const deadline = Date.now() + 15_000;
  while (subscription.scannedUpTo < head) {
    if (Date.now() > deadline) throw new Error(`scannedUpTo stayed at ${subscription.scannedUpTo}, behind the head ${head}`);
    const next = await iterator.next();
    if (next.done) throw new Error('the subscription ended');
    delivered.push(...next.value);
  }
  return delivered;
}

/** Lets other writers and the subscription interleave (a macrotask, so I/O callbacks run too). */
function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

type Increment = Command<'Increment', Record<string, never>>;
type Incremented = DomainEvent<'Incremented', Record<string, never>>;
const counter: Decider<Increment, Incremented, { count: number }> = {
  initialState: () => ({ count: 0 }),
  evolve: (state) => ({ count: state.count + 1 }),
  decide: () => [{ type: 'Incremented', data: {} }],
};
