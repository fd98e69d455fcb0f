import { randomBytes } from 'node:crypto';
import { readStoreContract } from '../contract/read-store.contract';
import type { ReadStore } from '../read-store.port';
import { createMongoReadStore, MongoReadStore } from './mongodb-read-store';

// Runs against a real server only (DESIGN §7): no MongoDB can run on the development machines, so without
// MONGODB_URL the suite is registered as skipped, never passed.
const url = process.env.MONGODB_URL;

readStoreContract(
  'mongodb',
  {
    // a fresh database prefix per test keeps tests apart on a shared server
    create: async () => createMongoReadStore({ url: url as string, databasePrefix: `cdvtest${randomBytes(4).toString('hex')}` }),
    dispose: async (store: ReadStore) => {
      await (store as MongoReadStore).dropDatabases();
      await store.close();
    },
  },
  { skip: url ? undefined : 'MONGODB_URL not set' },
);
