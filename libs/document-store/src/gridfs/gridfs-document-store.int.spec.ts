import { randomBytes } from 'node:crypto';
import type { DocumentStore } from '@cdv/eventsourcing';
import { documentStoreContract } from '../contract/document-store.contract';
import { GridFsDocumentStore } from './gridfs-document-store';

// Runs against a real server only: no MongoDB can run on the development machines, so without MONGODB_URL the
// suite is reported as skipped (with the reason printed), never passed.
const url = process.env.MONGODB_URL;

documentStoreContract(
  'gridfs',
  {
    // a fresh database per test keeps tests apart on a shared server
    create: () => GridFsDocumentStore.connect({ url: url as string, database: `cdvtest_docs_${randomBytes(4).toString('hex')}` }),
    dispose: async (store: DocumentStore) => {
      await (store as GridFsDocumentStore).dropDatabase();
      await store.close();
    },
    leftovers: (store: DocumentStore) => (store as GridFsDocumentStore).partialUploads(),
  },
  { skip: url ? undefined : 'MONGODB_URL not set' },
);
