import { canonicalJson } from './canonical-json';
import type { Command } from './decider';
import type { RecordedEvent } from './envelope';
import { sha256Hex } from './hash-chain';
import { Refusal } from './refusal';

/**
 * The idempotency fingerprint of a command sent through the API with a commandId: its type and what the client
 * sent (not the data the server derived from it, which may legitimately differ on a retry: labels, the appel's
 * state). Commands of the platform's own processes carry no request and no fingerprint: their keys are derived
 * from their inputs, and a re-run replays as before.
 */
export function commandFingerprint(command: Command): string | undefined {
  const { commandId, request } = command.metadata;
  if (!commandId || request === undefined) return undefined;
  return sha256Hex(canonicalJson({ type: command.type, request }));
}

/**
 * Whether a command that reuses a recorded commandId is the same command (a retry: replay the first result) or
 * another one (refused, as payment APIs do). Events recorded before fingerprints compare by type: the command,
 * decided again on the state before them (`decidedTypes`, null when it is refused there), must record events of
 * the same types.
 */
export async function idempotencyKeyReuse(
  command: Command,
  recorded: readonly RecordedEvent[],
  decidedTypes: () => Promise<string[] | null>,
): Promise<Refusal | null> {
  const fingerprint = commandFingerprint(command);
  if (fingerprint === undefined || recorded.length === 0) return null;
  const stored = recorded[0].metadata.commandFingerprint;
  if (stored !== undefined) return stored === fingerprint ? null : keyReused(command, recorded);
  const types = await decidedTypes();
  const recordedTypes = recorded.map((event) => event.type);
  const same = types !== null && types.length === recordedTypes.length && types.every((type, index) => type === recordedTypes[index]);
  return same ? null : keyReused(command, recorded);
}

function keyReused(command: Command, recorded: readonly RecordedEvent[]): Refusal {
  return new Refusal(
    'CONFLICT',
    `commandId "${command.metadata.commandId}" was already used for another command or other values on ${recorded[0].stream}: send a new commandId for a new command, or the same values to get the first result again`,
    {
      reason: 'IDEMPOTENCY_KEY_REUSED',
      commandId: command.metadata.commandId,
      stream: recorded[0].stream,
      recordedEventTypes: recorded.map((event) => event.type),
    },
  );
}
