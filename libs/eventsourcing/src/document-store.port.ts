/**
 * The document store port: the bytes of the pièces justificatives, content-addressed by SHA-256 per tenant.
 * Events say which file a piece is (its hash); the store keeps the bytes. Adapters: embedded (files under the
 * data folder) and MongoDB GridFS, both passing the contract suite of libs/document-store/src/contract
 * (docs/adr/0021-document-store-and-uploads.md).
 *
 * Bytes are never overwritten nor deleted through this port: a piece replaced or withdrawn keeps its file for
 * the audit trail, and the hash recorded in the event is what `verify` checks the file against.
 */
export interface DocumentStore {
  /**
   * Reads `content` to its end, hashing it on the way, and keeps it under its SHA-256 in the tenant's space.
   * Atomic: a failed or refused put (the source errored, `maxBytes` exceeded) leaves nothing. Putting bytes the
   * tenant already has is a no-op that answers the same hash. Throws DocumentTooLarge past `maxBytes`.
   */
  put(tenant: string, content: AsyncIterable<Uint8Array>, options?: PutOptions): Promise<StoredDocument>;

  /**
   * The bytes of a document, from `range.start` to `range.end` (inclusive, like HTTP ranges) when given.
   * Throws DocumentNotFound (before any byte is produced) when the tenant has no such document.
   */
  get(tenant: string, sha256: string, range?: ByteRange): Promise<AsyncIterable<Uint8Array>>;

  /** Size in bytes, or null when the tenant has no such document. */
  stat(tenant: string, sha256: string): Promise<{ size: number } | null>;

  has(tenant: string, sha256: string): Promise<boolean>;

  close(): Promise<void>;
}

export interface PutOptions {
  /** Refuse the content beyond this many bytes (DocumentTooLarge); nothing is kept. */
  maxBytes?: number;
}

export interface StoredDocument {
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  size: number;
}

export interface ByteRange {
  start: number;
  end: number;
}

export class DocumentNotFound extends Error {
  override readonly name = 'DocumentNotFound';
  constructor(
    readonly tenant: string,
    readonly sha256: string,
  ) {
    super(`no document ${sha256} in workspace ${tenant}`);
  }
}

export class DocumentTooLarge extends Error {
  override readonly name = 'DocumentTooLarge';
  constructor(readonly maxBytes: number) {
    super(`the document exceeds ${maxBytes} bytes`);
  }
}

/** A malformed hash or tenant given to the store: never a path, never a query built from it. */
export class InvalidDocumentKey extends Error {
  override readonly name = 'InvalidDocumentKey';
}

const SHA256 = /^[0-9a-f]{64}$/;

export function isSha256(value: unknown): value is string {
  return typeof value === 'string' && SHA256.test(value);
}

export function assertSha256(value: string): string {
  if (!isSha256(value)) throw new InvalidDocumentKey(`"${String(value).slice(0, 80)}" is not a lower-case hex SHA-256`);
  return value;
}
