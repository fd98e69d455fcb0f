import { hashEvent, uuidv7, type DomainEvent, type EventMetadata, type RecordedEvent } from '@cdv/eventsourcing';

/**
 * Turns domain events into recorded events as a store would (ids, revisions, positions, hash chain), for
 * projection tests that must not need a store. Each entry names its stream; positions follow the array.
 */
export function recordEvents(
  entries: ReadonlyArray<{ stream: string; event: DomainEvent; metadata?: Partial<EventMetadata> }>,
  options: { tenantId?: string; firstPosition?: number; startAt?: string } = {},
): RecordedEvent[] {
  const tenantId = options.tenantId ?? 'mel';
  const start = Date.parse(options.startAt ?? '2024-01-15T09:00:00.000Z');
  const heads = new Map<string, { revision: number; hash: string | null }>();
  return entries.map(({ stream, event, metadata }, index) => {
    const head = heads.get(stream) ?? { revision: -1, hash: null };
    const recorded: RecordedEvent = {
      id: uuidv7(start + index),
      type: event.type,
      schemaVersion: 1,
      stream,
      revision: head.revision + 1,
      position: (options.firstPosition ?? 1) + index,
      data: event.data,
      metadata: {
        tenantId,
        actor: { userId: 'user-agent', role: 'agent' },
        source: 'api',
        recordedAt: new Date(start + index * 60_000).toISOString(),
        prevHash: head.hash,
        hash: '',
        ...metadata,
      },
    };
    recorded.metadata.hash = hashEvent(recorded);
    heads.set(stream, { revision: recorded.revision, hash: recorded.metadata.hash });
    return recorded;
  });
}
