/** A nested partial: what `toMatchObject` (and libs/testing's `thenMatches`) really compares. */
export type DeepPartial<T> = T extends readonly (infer I)[] ? ReadonlyArray<DeepPartial<I>> : T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;

/**
 * Types expected events as nested partials for `thenMatches`, whose signature says `Partial<E>` (one level) while
 * it matches like `toMatchObject` (every level). Test-only convenience, kept beside the types it talks about.
 */
export function matching<E>(events: ReadonlyArray<DeepPartial<E>>): ReadonlyArray<Partial<E>> {
  return events as ReadonlyArray<Partial<E>>;
}
