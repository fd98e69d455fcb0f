// Read side of docs/design.md §7: the read-store port, its adapters (embedded/mingo, mongodb), the
// projection runner (per-tenant commits + global checkpoint), blue/green rebuilds, read-your-writes, as-of reads.
export * from './read-store.port';
export * from './pipeline-collections';
export { EmbeddedReadStore, EmbeddedTenantReadStore, EmbeddedCollection } from './embedded/embedded-read-store';
export type { QueryPlan } from './embedded/embedded-collection-data';
export * from './mongodb/mongodb-read-store';
export * from './backoff';
export * from './projection-errors';
export * from './projection-runner';
export * from './projection-runners';
export * from './projection-rebuild';
export * from './as-of-reader';
export * from './stream';
