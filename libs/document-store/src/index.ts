// Adapters of the document store port (libs/eventsourcing/src/document-store.port.ts); their contract suite is in
// ./contract and runs from each adapter's *.int.spec.ts (not exported: test code stays out of production barrels).
export * from './create-document-store';
export * from './embedded/embedded-document-store';
export * from './gridfs/gridfs-document-store';
