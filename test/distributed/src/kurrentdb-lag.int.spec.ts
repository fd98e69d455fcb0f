import { randomBytes } from 'node:crypto';
import { KurrentDbEventStore } from '@cdv/event-store';
import { streamName } from '@cdv/eventsourcing';
import { measureLag } from '@cdv/read-store';

// Positions are byte offsets on KurrentDB: the lag of a read model must still be counted in events (ADR 0011 §8).
// Against a real server only (KURRENTDB_URL); `npm test` checks the same over the client stand-in
// (libs/read-store/src/projection-runner.int.spec.ts).
const url = process.env.KURRENTDB_URL;

if (!url) {
  process.stdout.write('skipped: KURRENTDB_URL not set (lag in events on KurrentDB)\n');
  describe.skip('lag on KurrentDB (skipped: KURRENTDB_URL not set)', () => {
    it('needs a KurrentDB server', () => undefined);
  });
} else {
  describe('lag on KurrentDB', () => {
    it('is counted in events beyond the 1 000 it reads, not in bytes', async () => {
      const store = new KurrentDbEventStore(url);
      try {
        const tenant = `t${randomBytes(5).toString('hex')}`;
        const start = await store.headPosition();
        for (let stream = 0; stream < 15; stream++) {
          await store.append(
            streamName(tenant, 'dossier', `d${stream}`),
            Array.from({ length: 100 }, () => ({
              type: 'A',
              data: {},
              metadata: { tenantId: tenant, actor: { userId: 'u', role: 'agent' as const }, source: 'api' as const },
            })),
            { expectedRevision: 'no_stream' },
          );
        }
        const lag = await measureLag(store, start);
        const actual = (await store.readAll({ after: start })).length;
        expect(actual).toBeGreaterThanOrEqual(1_500);
        expect(lag.eventsBehindEstimated).toBe(true);
        expect(lag.head - start).toBeGreaterThan(10 * actual); // offsets, far apart
        expect(Math.abs(lag.eventsBehind - actual) / actual).toBeLessThan(0.25);
      } finally {
        await store.close();
      }
    });
  });
}
