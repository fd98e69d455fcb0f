import type { ReadModelsService } from '@cdv/platform';

/** The tenant's read models at one read point (the read-store type, without importing the adapter layer). */
export type ModelesLus = Awaited<ReturnType<ReadModelsService['at']>>;
