import { randomBytes } from 'node:crypto';
import type { ReadStoreContractHarness } from './read-store.contract';
import { createMongoReadStore, type MongoReadStore } from '../mongodb/mongodb-read-store';

/** Contract suites on a shared MongoDB server: a fresh database prefix per test keeps tests apart, dropped after. */
export function mongoContractHarness(url: string | undefined, prefix: string): ReadStoreContractHarness {
  return {
    create: async () => createMongoReadStore({ url: url as string, databasePrefix: `${prefix}${randomBytes(4).toString('hex')}` }),
    dispose: async (store) => {
      await (store as MongoReadStore).dropDatabases();
      await store.close();
    },
  };
}
