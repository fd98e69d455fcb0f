import { createHash, randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { GridFSBucket, MongoClient, type Db, type MongoClientOptions, type ObjectId } from 'mongodb';
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

export interface GridFsDocumentStoreOptions {
  url: string;
  /** Database of the documents of every tenant (default `cdv_documents`). */
  database?: string;
  /** GridFS bucket: collections `{bucket}.files` and `{bucket}.chunks` (default `pieces`). */
  bucket?: string;
  client?: MongoClientOptions;
}

/**
 * The distributed topology's document store: MongoDB GridFS through the official driver's `GridFSBucket`. A
 * document is the GridFS file named `{tenant}/{sha256}` (metadata `{ tenant, sha256 }`); the name is built from a
 * checked tenant id and a checked hash, never from a user's file name.
 *
 * A put streams into a file named `.tmp/{uuid}` while hashing, then names it `{tenant}/{sha256}` in one update
 * of its files document, so a reader never sees a partial document under its name; an aborted put deletes its
 * chunks. Two concurrent puts of the same bytes may both be named (identical bytes): `get` reads the first.
 */
export class GridFsDocumentStore implements DocumentStore {
  private constructor(
    private readonly client: MongoClient,
    private readonly db: Db,
    private readonly bucket: GridFSBucket,
    private readonly bucketName: string,
  ) {}

  static async connect(options: GridFsDocumentStoreOptions): Promise<GridFsDocumentStore> {
    const client = new MongoClient(options.url, options.client);
    await client.connect();
    const db = client.db(options.database ?? 'cdv_documents');
    const bucketName = options.bucket ?? 'pieces';
    return new GridFsDocumentStore(client, db, new GridFSBucket(db, { bucketName }), bucketName);
  }

  async put(tenant: string, content: AsyncIterable<Uint8Array>, options: PutOptions = {}): Promise<StoredDocument> {
    assertTenantId(tenant);
    const upload = this.bucket.openUploadStream(`.tmp/${randomUUID()}`, { metadata: { tenant, partial: true } });
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const chunk of content) {
        size += chunk.byteLength;
        if (options.maxBytes !== undefined && size > options.maxBytes) throw new DocumentTooLarge(options.maxBytes);
        hash.update(chunk);
        if (!upload.write(chunk)) await once(upload, 'drain');
      }
      upload.end();
      await once(upload, 'finish');
    } catch (error) {
      await upload.abort().catch(() => undefined);
      throw error;
    }
    const sha256 = hash.digest('hex');
    const name = key(tenant, sha256);
    if (await this.find(name)) {
      await this.bucket.delete(upload.id);
    } else {
      await this.db.collection(`${this.bucketName}.files`).updateOne({ _id: upload.id }, { $set: { filename: name, metadata: { tenant, sha256 } } });
    }
    return { sha256, size };
  }

  async get(tenant: string, sha256: string, range?: ByteRange): Promise<AsyncIterable<Uint8Array>> {
    const file = await this.find(key(tenant, sha256));
    if (!file) throw new DocumentNotFound(tenant, sha256);
    // GridFS ranges end exclusive; ours (like HTTP's) inclusive.
    return this.bucket.openDownloadStream(file._id, range ? { start: range.start, end: range.end + 1 } : {});
  }

  async stat(tenant: string, sha256: string): Promise<{ size: number } | null> {
    const file = await this.find(key(tenant, sha256));
    return file ? { size: file.length } : null;
  }

  async has(tenant: string, sha256: string): Promise<boolean> {
    return (await this.find(key(tenant, sha256))) !== null;
  }

  async close(): Promise<void> {
    await this.client.close();
  }

  /** Files of puts that did not complete (named `.tmp/…`): what an interrupted put may leave; the contract wants none. */
  async partialUploads(): Promise<number> {
    return this.db.collection(`${this.bucketName}.files`).countDocuments({ filename: /^\.tmp\// });
  }

  /** Test helper: removes the bucket's collections (a fresh database per test run on a shared server). */
  async dropDatabase(): Promise<void> {
    await this.db.dropDatabase();
  }

  private async find(name: string): Promise<{ _id: ObjectId; length: number } | null> {
    const [file] = await this.bucket.find({ filename: name }, { sort: { uploadDate: 1 }, limit: 1 }).toArray();
    return file ? { _id: file._id, length: file.length } : null;
  }
}

function key(tenant: string, sha256: string): string {
  return `${assertTenantId(tenant)}/${assertSha256(sha256)}`;
}
