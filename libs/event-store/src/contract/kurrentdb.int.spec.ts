import { KurrentDbEventStore } from '../kurrentdb/kurrentdb-event-store';
import { describeEventStoreContract } from './event-store.contract';

// Runs against a real server only (DESIGN §7): without KURRENTDB_URL the suite is reported as skipped, never passed.
const url = process.env['KURRENTDB_URL'];

if (url) {
  describeEventStoreContract('kurrentdb', async () => new KurrentDbEventStore(url));
} else {
  process.stdout.write('skipped: KURRENTDB_URL not set (KurrentDB event store contract)\n');
  describe.skip('EventStore contract: kurrentdb (skipped: KURRENTDB_URL not set)', () => {
    it('needs a KurrentDB server: set KURRENTDB_URL, e.g. kurrentdb://localhost:2113?tls=false', () => undefined);
  });
}
