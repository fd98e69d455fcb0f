/**
 * A stream whose source is known only asynchronously (a read model resolved through its active-version pointer,
 * an as-of view built on first use): iterates it, or nothing when there is no source.
 */
export async function* streamFrom<R>(source: () => Promise<AsyncIterable<R> | null | undefined>): AsyncGenerator<R> {
  const iterable = await source();
  if (iterable) yield* iterable;
}
