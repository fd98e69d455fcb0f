import * as crypto from 'node:crypto';

/** RFC 9562 uuid v7: 48-bit Unix milliseconds, then random bits. Sorts by creation time. */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomSixteen();
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return format(bytes);
}

/**
 * A stable uuid (v8 layout, RFC 9562 §5.8) derived from a name, e.g. `commandId + stream + index`: a command
 * sent twice yields the same event ids, so the store's id idempotency drops the copy.
 */
export function uuidFromName(name: string): string {
  // crypto.hash (Node ≥ 20.12): the one-shot digest, cheaper than createHash on every command
  const digest = typeof crypto.hash === 'function' ? crypto.hash('sha256', name, 'buffer') : crypto.createHash('sha256').update(name).digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return format(bytes);
}

/**
 * 16 bytes from the CSPRNG, served from a pool refilled 256 uuids at a time (as crypto.randomUUID does): one
 * randomBytes call per uuid costs more than everything else in it.
 */
const POOL = Buffer.alloc(16 * 256);
let poolOffset = POOL.length;
function randomSixteen(): Buffer {
  if (poolOffset >= POOL.length) {
    crypto.randomFillSync(POOL);
    poolOffset = 0;
  }
  const bytes = Buffer.allocUnsafe(16);
  POOL.copy(bytes, 0, poolOffset, poolOffset + 16);
  POOL.fill(0, poolOffset, poolOffset + 16); // a byte is handed out once
  poolOffset += 16;
  return bytes;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function format(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
