/**
 * Canonical JSON for hashing: object keys sorted, no whitespace, `undefined` members dropped (as
 * JSON.stringify does). The same value always gives the same bytes, whichever code built it.
 * The algorithm is documented for auditors in docs/audit/evidence-bundle.md.
 *
 * This is on the hot path of every append (the hash of each event), so it is written for speed: one recursive
 * writer concatenating strings, an insertion sort of the (few) keys of each object, and quoted keys cached. Its
 * output is byte-for-byte that of the original definition, kept as the reference in canonical-json.unit.spec.ts:
 *
 *   primitives  → JSON.stringify(value) ?? 'null' (non-finite numbers and bigints throw)
 *   toJSON      → canonicalJson(value.toJSON())
 *   arrays      → `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`
 *   objects     → members of Object.keys(value) whose value is not undefined, sorted with Array.prototype.sort,
 *                 each `${JSON.stringify(key)}:${canonicalJson(member)}`, joined with ','
 */
export function canonicalJson(value: unknown): string {
  return write(value);
}

/** Characters JSON.stringify escapes (quote, backslash, controls) or may escape (lone surrogates). */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

function quote(text: string): string {
  return NEEDS_ESCAPE.test(text) ? JSON.stringify(text) : `"${text}"`;
}

/** `"key":` per key seen; the same few dozen keys recur in every event. Emptied when it grows past the bound. */
const quotedKeys = new Map<string, string>();
const QUOTED_KEYS_MAX = 4_096;

function quoteKey(key: string): string {
  let quoted = quotedKeys.get(key);
  if (quoted === undefined) {
    quoted = `${quote(key)}:`;
    if (quotedKeys.size >= QUOTED_KEYS_MAX) quotedKeys.clear();
    quotedKeys.set(key, quoted);
  }
  return quoted;
}

function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
      return `${value}`; // Number::toString, as JSON.stringify writes finite numbers (-0 included: "0")
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      throw new TypeError('canonicalJson: bigint is not JSON');
    case 'object':
      break;
    default:
      return 'null'; // undefined, functions, symbols: JSON.stringify gives undefined
  }
  if (value === null) return 'null';
  // As JSON.stringify does (a Date becomes its ISO string): the hash must match what the stores persist.
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return write((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) {
    let out = '[';
    for (let index = 0; index < value.length; index++) {
      if (index > 0) out += ',';
      const item: unknown = value[index];
      // a hole stays empty, as Array.prototype.map then join leave it
      out += item === undefined ? (index in value ? 'null' : '') : write(item);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = sortedKeys(record);
  let out = '{';
  let first = true;
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index];
    const member = record[key];
    if (member === undefined) continue;
    if (first) first = false;
    else out += ',';
    out += quoteKey(key) + write(member);
  }
  return `${out}}`;
}

/**
 * Object.keys sorted as Array.prototype.sort sorts strings (by UTF-16 code units, which is what `<` compares).
 * Insertion sort: objects have a handful of keys, often already in order.
 */
function sortedKeys(record: Record<string, unknown>): string[] {
  const keys = Object.keys(record);
  if (keys.length > 32) return keys.sort();
  for (let index = 1; index < keys.length; index++) {
    const key = keys[index];
    let at = index - 1;
    while (at >= 0 && keys[at] > key) {
      keys[at + 1] = keys[at];
      at--;
    }
    keys[at + 1] = key;
  }
  return keys;
}
