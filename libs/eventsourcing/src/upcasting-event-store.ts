import type { NewEvent, RecordedEvent } from './envelope';
import type { AppendResult, EventStore, EventSubscription, ReadAllOptions, ReadStreamOptions, SubscribeOptions } from './event-store.port';
import type { UpcasterRegistry } from './upcasters';

/**
 * The event store as the application sees it: every event read comes upcast to its current schemaVersion (so
 * projections, reactions and imports only know the latest shape), and every event written without a version is
 * written as the current one. Hash-chain verification, seals and evidence read the stored events instead: the
 * hash covers the bytes as stored, never an upcast copy.
 */
export class UpcastingEventStore implements EventStore {
  constructor(
    readonly stored: EventStore,
    private readonly upcasters: UpcasterRegistry,
  ) {}

  append(stream: string, events: readonly NewEvent[], options: Parameters<EventStore['append']>[2]): Promise<AppendResult> {
    const versioned = events.map((event) =>
      event.schemaVersion === undefined ? { ...event, schemaVersion: this.upcasters.currentVersion(event.type) } : event,
    );
    return this.stored.append(stream, versioned, options);
  }

  async readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.stored.readStream(stream, options));
  }

  async readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    return this.upcastAll(await this.stored.readAll(options));
  }

  subscribe(options?: SubscribeOptions): EventSubscription {
    const subscription = this.stored.subscribe(options);
    const upcastAll = (batch: RecordedEvent[]) => this.upcastAll(batch);
    return {
      get scannedUpTo() {
        return subscription.scannedUpTo;
      },
      close: () => subscription.close(),
      async *[Symbol.asyncIterator]() {
        for await (const batch of subscription) yield upcastAll(batch);
      },
    };
  }

  headPosition(options?: { tenant?: string }): Promise<number> {
    return this.stored.headPosition(options);
  }

  close(): Promise<void> {
    return this.stored.close();
  }

  private upcastAll(events: RecordedEvent[]): RecordedEvent[] {
    return this.upcasters.size === 0 ? events : events.map((event) => this.upcasters.upcast(event));
  }
}
