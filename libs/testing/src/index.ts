export * from './command-metadata.mother';
export * from './decider-spec';
export * from './projection-spec';
export * from './recorded-events';
export * from './fake-kurrentdb-client';
export * from './hostile-documents.mother';
export * from './fichiers.mother';
