import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  assertSha256,
  assertTenantId,
  DocumentNotFound,
  DocumentTooLarge,
  type ByteRange,
  type DocumentStore,
  type PutOptions,
  type StoredDocument,
} from '@cdv/eventsourcing';

/**
 * The embedded topology's document store: one file per document under `{root}/{tenant}/{ab}/{sha256}` (`ab` =
 * the hash's first two hex digits, so that no folder holds more than a few thousand files). Paths are built from
 * a checked tenant id and a checked hash only: never from a user's file name.
 *
 * A put writes to `{root}/.tmp/{uuid}`, fsyncs it, renames it into place (atomic on one file system) and fsyncs
 * the folder, so that a crash leaves either the whole document or nothing under its name; `.tmp` leftovers of a
 * crash are removed at the next start (`open`).
 */
export class EmbeddedDocumentStore implements DocumentStore {
  private readonly tmp: string;

  private constructor(readonly root: string) {
    this.tmp = join(root, '.tmp');
  }

  /** Creates the folders if needed and clears what an interrupted put left in `.tmp`. */
  static async open(root: string): Promise<EmbeddedDocumentStore> {
    const store = new EmbeddedDocumentStore(root);
    await mkdir(store.tmp, { recursive: true, mode: 0o700 });
    for (const name of await readdir(store.tmp)) await rm(join(store.tmp, name), { force: true });
    return store;
  }

  /** Where a document lives: for operators (backups, inspection) and tests; never shown to users. */
  pathOf(tenant: string, sha256: string): string {
    assertTenantId(tenant);
    assertSha256(sha256);
    return join(this.root, tenant, sha256.slice(0, 2), sha256);
  }

  async put(tenant: string, content: AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredDocument> {
    assertTenantId(tenant);
    const temporary = join(this.tmp, randomUUID());
    const file = await open(temporary, 'wx', 0o600);
    const hash = createHash('sha256');
    let size = 0;
    let closed = false;
    // Network sources give small chunks: write them in batches (one thread-pool round trip per WRITE_BATCH bytes).
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = async () => {
      if (pendingBytes > 0) await writeAll(file, pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes));
      pending = [];
      pendingBytes = 0;
    };
    try {
      for await (const chunk of content) {
        size += chunk.byteLength;
        if (options.maxBytes !== undefined && size > options.maxBytes) throw new DocumentTooLarge(options.maxBytes);
        hash.update(chunk);
        pending.push(chunk);
        pendingBytes += chunk.byteLength;
        if (pendingBytes >= WRITE_BATCH) await flush();
      }
      await flush();
      await file.sync();
      await file.close();
      closed = true;
      const sha256 = hash.digest('hex');
      const target = this.pathOf(tenant, sha256);
      if (await exists(target)) {
        // Content-addressed: the same bytes are there already (stored bytes are never overwritten).
        await rm(temporary, { force: true });
      } else {
        const folder = join(this.root, tenant, sha256.slice(0, 2));
        await mkdir(folder, { recursive: true, mode: 0o700 });
        await rename(temporary, target);
        await syncFolder(folder);
      }
      return { sha256, size };
    } catch (error) {
      if (!closed) await file.close().catch(() => undefined);
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(tenant: string, sha256: string, range?: ByteRange): Promise<AsyncIterable<Uint8Array>> {
    const path = this.pathOf(tenant, sha256);
    if (!(await exists(path))) throw new DocumentNotFound(tenant, sha256);
    return createReadStream(path, { highWaterMark: 256 * 1024, ...(range ? { start: range.start, end: range.end } : {}) });
  }

  async stat(tenant: string, sha256: string): Promise<{ size: number } | null> {
    try {
      return { size: (await stat(this.pathOf(tenant, sha256))).size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async has(tenant: string, sha256: string): Promise<boolean> {
    return (await this.stat(tenant, sha256)) !== null;
  }

  async close(): Promise<void> {
    // Nothing held open between calls.
  }
}

const WRITE_BATCH = 512 * 1024;

async function writeAll(file: FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.byteLength - offset);
    offset += bytesWritten;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** Makes the rename durable: the folder's entry is on disk once its fsync returns (POSIX). */
async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
