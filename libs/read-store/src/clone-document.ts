/**
 * Deep copy of a JSON-like document (plain objects, arrays, Dates, primitives). The embedded store copies on
 * the way in and out so that callers can never mutate stored documents; this is about ten times faster than
 * structuredClone on small documents, which matters for rebuild throughput.
 */
export function cloneDocument<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(cloneDocument) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return structuredClone(value);
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const item = source[key];
    if (item === undefined) continue;
    // a JSON "__proto__" member is data, not the prototype
    if (key === '__proto__') Object.defineProperty(out, key, { value: cloneDocument(item), enumerable: true, writable: true, configurable: true });
    else out[key] = cloneDocument(item);
  }
  return out as T;
}
