import { EmbeddedReadStore } from '@cdv/read-store';
import { readModelQueriesContract } from './read-model-queries.contract';
import { mongoContractHarness } from '@cdv/read-store/contract';

// The embedded side runs in every `npm test`; the MongoDB side only against a real server (MONGODB_URL), else it is
// reported skipped, never passed (docs/design.md §7).
readModelQueriesContract('embedded', { create: async () => new EmbeddedReadStore() });

const url = process.env.MONGODB_URL;
readModelQueriesContract('mongodb', mongoContractHarness(url, 'cdvq'), { skip: url ? undefined : 'MONGODB_URL not set' });
