import { canonicalJson } from '@cdv/eventsourcing';

/** Same facts, whatever the key order: used to turn a repeated command into a no-op instead of a conflict. */
export function memesFaits(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/** Drops undefined members so that optional fields compare and serialise the same way. */
export function sansIndefinis<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined)) as T;
}
