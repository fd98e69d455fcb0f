import { isCalendarDate, parseInstant } from './calendar';
import type { Command } from './decider';
import { refuse, type Refusal } from './refusal';

/**
 * What a command may write into the permanent log, whatever its type (issue 12 §8). Events are kept forever and
 * exported to auditors: a 1 MB reason, a 50 000-item list, a NUL or half a surrogate pair would be there forever
 * (the documented Python verifier of bundles could not even encode the last one). The command handler checks
 * every command against these bounds before deciding; deciders add tighter bounds per field (a title ≤ 300
 * characters, ≤ 50 publics…). docs/api.md « Limits » lists them.
 */
export const COMMAND_LIMITS = {
  /** Characters (UTF-16 code units) of any string of a command's data: the longest field, a bilan's récit. */
  text: 50_000,
  /** Items of any list: a comité decides a few hundred dossiers at once. */
  list: 1_000,
  /** Nesting of objects and lists. */
  depth: 12,
  /** Values in a command's data, all levels together. */
  values: 50_000,
  /** The metadata's `reason`: a few sentences. */
  reason: 2_000,
  /** `commandId`, `correlationId`, `causationId`, actor ids: keys, not prose. */
  identifier: 256,
} as const;

/**
 * Why a text cannot be stored, or null: a NUL or another control character (tab, line feed and carriage
 * return excepted), or half of a surrogate pair (not a character: no UTF-8 encoding exists for it).
 */
export function textProblem(value: string): string | null {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) {
      return `contains the control character U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${index}`;
    }
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(index + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        index++;
        continue;
      }
      return `contains an unpaired surrogate (U+${code.toString(16).toUpperCase()}) at position ${index}`;
    }
    if (code >= 0xdc00 && code <= 0xdfff) return `contains an unpaired surrogate (U+${code.toString(16).toUpperCase()}) at position ${index}`;
  }
  return null;
}

/** A string that may be stored: at most `max` characters, none of `textProblem`'s. */
export function checkStorableText(field: string, value: string, max: number): Refusal | null {
  if (value.length > max) return refuse.validation(field, `${field} is longer than ${max} characters (${value.length})`, { max, length: value.length });
  const problem = textProblem(value);
  return problem ? refuse.validation(field, `${field} ${problem}: remove it`) : null;
}

/**
 * The first value of a command (metadata, then data) outside COMMAND_LIMITS, as a VALIDATION_FAILED naming it.
 * `data: false` checks the metadata only (data the server computed itself, see HandleCommandRequest.boundedData).
 */
export function checkCommandLimits(command: Command, { data = true }: { data?: boolean } = {}): Refusal | null {
  return checkMetadata(command) ?? (data ? new DataWalk().check(command.data) : null);
}

function checkMetadata({ metadata }: Command): Refusal | null {
  const identifiers: Array<[string, string | undefined]> = [
    ['commandId', metadata.commandId],
    ['correlationId', metadata.correlationId],
    ['causationId', metadata.causationId],
    ['actor.userId', metadata.actor?.userId],
    ['actor.organisationId', metadata.actor?.organisationId],
  ];
  for (const [field, value] of identifiers) {
    if (value === undefined) continue;
    if (typeof value !== 'string') return refuse.validation(field, `${field} must be a string`);
    const refusal = checkStorableText(field, value, COMMAND_LIMITS.identifier);
    if (refusal) return refusal;
  }
  if (metadata.reason !== undefined) {
    if (typeof metadata.reason !== 'string') return refuse.validation('reason', 'reason must be a string');
    const refusal = checkStorableText('reason', metadata.reason, COMMAND_LIMITS.reason);
    if (refusal) return refusal;
  }
  // A business date: an instant, or a day when that is all the source says (a comité's date).
  if (metadata.effectiveAt !== undefined && !isCalendarDate(metadata.effectiveAt) && parseInstant(metadata.effectiveAt) === null) {
    return refuse.validation(
      'effectiveAt',
      `effectiveAt "${String(metadata.effectiveAt).slice(0, 40)}" is not a date or an instant that exists (ISO 8601, years 1900–2100)`,
    );
  }
  for (const [field, value] of Object.entries(metadata.provenance ?? {})) {
    if (typeof value !== 'string') continue;
    const refusal = checkStorableText(`provenance.${field}`, value, COMMAND_LIMITS.text);
    if (refusal) return refusal;
  }
  return null;
}

/** Walks a command's data once: every string, list, depth and the number of values, with the path of the first problem. */
class DataWalk {
  private values = 0;

  check(value: unknown, path = '', depth = 0): Refusal | null {
    const field = path || 'data';
    if (++this.values > COMMAND_LIMITS.values) return refuse.validation(field, `the command holds more than ${COMMAND_LIMITS.values} values`);
    if (typeof value === 'string') return checkStorableText(field, value, COMMAND_LIMITS.text);
    if (typeof value === 'number') return Number.isFinite(value) ? null : refuse.validation(field, `${field} must be a finite number`);
    if (value === null || typeof value !== 'object') return null;
    if (depth >= COMMAND_LIMITS.depth) return refuse.validation(field, `${field} is nested more than ${COMMAND_LIMITS.depth} levels deep`);
    if (Array.isArray(value)) {
      if (value.length > COMMAND_LIMITS.list) {
        return refuse.validation(field, `${field} has ${value.length} items, more than ${COMMAND_LIMITS.list}`, {
          max: COMMAND_LIMITS.list,
          length: value.length,
        });
      }
      for (let index = 0; index < value.length; index++) {
        const refusal = this.check(value[index], `${path}[${index}]`, depth + 1);
        if (refusal) return refusal;
      }
      return null;
    }
    for (const [key, member] of Object.entries(value)) {
      const memberPath = path ? `${path}.${key}` : key;
      const refusal = checkStorableText(memberPath, key, COMMAND_LIMITS.identifier) ?? this.check(member, memberPath, depth + 1);
      if (refusal) return refusal;
    }
    return null;
  }
}
