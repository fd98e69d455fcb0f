export * from './create-event-store';
export * from './sqlite/sqlite-event-store';
export * from './kurrentdb/kurrentdb-event-store';
