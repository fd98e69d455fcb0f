import { type NewEvent, type RecordedEvent } from '../envelope';
import { hashEvent } from '../hash-chain';
import { parseStreamName } from '../streams';
import { isUuid, uuidv7 } from '../uuid';
import { withMembers } from '../with-members';

/**
 * What every adapter does before writing: check the stream name and the tenant, fill the envelope (id,
 * schemaVersion, recordedAt) and chain the hashes from the stream's last event. Positions are the
 * adapter's business; here they are left at 0.
 */
export function prepareAppend(
  stream: string,
  events: readonly NewEvent[],
  last: { revision: number; hash: string | null },
  recordedAt: string = new Date().toISOString(),
): RecordedEvent[] {
  const { tenant } = parseStreamName(stream);
  if (events.length === 0) throw new InvalidAppend(`append to ${stream}: no events`);
  let prevHash = last.hash;
  return events.map((event, index) => {
    if (event.metadata.tenantId !== tenant) {
      throw new InvalidAppend(`append to ${stream}: event metadata names tenant "${event.metadata.tenantId}"`);
    }
    if (!event.type) throw new InvalidAppend(`append to ${stream}: event without type`);
    const id = event.id ?? uuidv7();
    if (!isUuid(id)) throw new InvalidAppend(`append to ${stream}: event id "${id}" is not a uuid`);
    const recorded: RecordedEvent = {
      id,
      type: event.type,
      schemaVersion: event.schemaVersion ?? 1,
      stream,
      revision: last.revision + 1 + index,
      position: 0,
      data: event.data,
      metadata: withMembers(event.metadata, { recordedAt, prevHash, hash: '' }),
    };
    recorded.metadata.hash = hashEvent(recorded);
    prevHash = recorded.metadata.hash;
    return recorded;
  });
}

/** The append itself is malformed (programming error, not a concurrency problem). */
export class InvalidAppend extends Error {
  override readonly name = 'InvalidAppend';
}
