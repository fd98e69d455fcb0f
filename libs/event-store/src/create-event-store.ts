import { MemoryEventStore, type EventStore } from '@cdv/eventsourcing';
import { KurrentDbEventStore, type KurrentDbEventStoreOptions } from './kurrentdb/kurrentdb-event-store';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';

/** Which event store a process uses (docs/design.md §7): sqlite in the embedded topology, kurrentdb in the distributed one. */
export type EventStoreConfig =
  | ({ kind: 'sqlite'; file: string } & SqliteEventStoreOptions)
  | { kind: 'memory' }
  | ({ kind: 'kurrentdb'; connectionString: string } & KurrentDbEventStoreOptions);

export function createEventStore(config: EventStoreConfig): EventStore {
  switch (config.kind) {
    case 'sqlite': {
      const { kind: _kind, file, ...options } = config;
      return new SqliteEventStore(file, options);
    }
    case 'memory':
      return new MemoryEventStore();
    case 'kurrentdb': {
      const { kind: _kind, connectionString, ...options } = config;
      return new KurrentDbEventStore(connectionString, options);
    }
    default:
      throw new Error(`unknown event store kind: ${(config as { kind: unknown }).kind}`);
  }
}
