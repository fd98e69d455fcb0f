/**
 * A GraphQL input as the use cases read it: a field the client sent as `null` is absent (`undefined`), as if left
 * out, except the fields named in `K`, where `null` says something ("null: the print is not a plain number", "null:
 * erase the SIRET"). Top-level fields only: nested input objects keep their nulls, which their mappers read.
 */
export type SansNull<T, K extends keyof T = never> = { [P in keyof T]: P extends K ? T[P] : Exclude<T[P], null> };

/** Normalises a request's input once, at the edge (the resolver), before it becomes an application command. */
export function sansNull<T extends object, K extends keyof T = never>(input: T, ...nullSignifiant: K[]): SansNull<T, K> {
  const result = { ...input } as Record<string, unknown>;
  for (const [key, value] of Object.entries(result)) {
    if (value === null && !nullSignifiant.includes(key as K)) delete result[key];
  }
  return result as SansNull<T, K>;
}
