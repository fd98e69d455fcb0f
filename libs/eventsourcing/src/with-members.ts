/**
 * `{ ...source, ...extra }`, for hot paths. On Node 20 (V8 11.3) an object spread followed by members the source
 * does not have (`{ ...metadata, recordedAt, prevHash, hash }`) leaves V8's fast path: about 1–3 µs per new
 * member, ten times what `Object.assign` costs (see docs/performance.md). Same result: own enumerable members of
 * `source`, then of `extra`, in that order, as data properties of a plain object. A `__proto__` member (JSON.parse
 * can make one) would be a prototype change for Object.assign: such objects take the spread.
 */
export function withMembers<S extends object, E extends object>(source: S, extra: E): Omit<S, keyof E> & E {
  if (Object.prototype.hasOwnProperty.call(source, '__proto__') || Object.prototype.hasOwnProperty.call(extra, '__proto__')) {
    return { ...source, ...extra };
  }
  return Object.assign({}, source, extra);
}
