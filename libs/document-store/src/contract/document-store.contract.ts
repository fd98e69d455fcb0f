import { createHash, randomBytes } from 'node:crypto';
import { DocumentNotFound, DocumentTooLarge, type DocumentStore } from '@cdv/eventsourcing';

/**
 * The contract every DocumentStore adapter passes (docs/adr/0021-document-store-and-uploads.md). Jest globals;
 * each adapter's `*.int.spec.ts` calls it with its harness. With `skip`, the reason is printed and the suite is
 * registered with describe.skip: reported skipped, never passed.
 */
export interface DocumentStoreContractHarness {
  create(): Promise<DocumentStore>;
  /** Called after each test with the store `create` returned (remove folders, drop databases, close clients). */
  dispose?(store: DocumentStore): Promise<void>;
  /** What an interrupted put may have left behind (temporary files or GridFS files); the contract wants none. */
  leftovers?(store: DocumentStore): Promise<number>;
}

export function documentStoreContract(name: string, harness: DocumentStoreContractHarness, options: { skip?: string } = {}): void {
  if (options.skip) {
    process.stdout.write(`skipped: ${options.skip} (${name} document store contract)\n`);
    describe.skip(`DocumentStore contract: ${name} (skipped: ${options.skip})`, () => {
      it('needs its server', () => undefined);
    });
    return;
  }

  describe(`DocumentStore contract: ${name}`, () => {
    let store: DocumentStore;
    let tenant: string;
    let other: string;

    beforeEach(async () => {
      store = await harness.create();
      tenant = `t-${randomBytes(4).toString('hex')}`;
      other = `u-${randomBytes(4).toString('hex')}`;
    });

    afterEach(async () => {
      if (harness.dispose) await harness.dispose(store);
      else await store.close();
    });

    it('keeps bytes under their SHA-256 and gives them back unchanged', async () => {
      const bytes = randomBytes(700_000);
      const stored = await store.put(tenant, chunked(bytes, 65_536));
      expect(stored).toEqual({ sha256: sha256Of(bytes), size: bytes.length });
      expect(await readAll(await store.get(tenant, stored.sha256))).toEqual(bytes);
      expect(await store.has(tenant, stored.sha256)).toBe(true);
      expect(await store.stat(tenant, stored.sha256)).toEqual({ size: bytes.length });
    });

    it('reads any chunking of the source the same way (odd sizes, one byte, one big chunk)', async () => {
      // 10 003 bytes: one-byte chunks are 10 003 writes, enough to show the framing without a slow test on a busy machine
      const bytes = randomBytes(10_003);
      for (const size of [1, 7, 4096, 1 << 20]) {
        const stored = await store.put(tenant, chunked(bytes, size));
        expect(stored.sha256).toBe(sha256Of(bytes));
      }
      expect(await readAll(await store.get(tenant, sha256Of(bytes)))).toEqual(bytes);
    });

    it('answers the same hash for the same bytes put twice, or concurrently', async () => {
      const bytes = randomBytes(300_000);
      const first = await store.put(tenant, chunked(bytes, 10_000));
      const again = await Promise.all([store.put(tenant, chunked(bytes, 3_000)), store.put(tenant, chunked(bytes, 50_000))]);
      expect(again).toEqual([first, first]);
      expect(await readAll(await store.get(tenant, first.sha256))).toEqual(bytes);
    });

    it('reads a byte range, ends included (as HTTP ranges)', async () => {
      const bytes = randomBytes(600_000);
      const { sha256 } = await store.put(tenant, chunked(bytes, 65_536));
      expect(await readAll(await store.get(tenant, sha256, { start: 0, end: 9 }))).toEqual(bytes.subarray(0, 10));
      expect(await readAll(await store.get(tenant, sha256, { start: 262_140, end: 524_290 }))).toEqual(bytes.subarray(262_140, 524_291));
      expect(await readAll(await store.get(tenant, sha256, { start: 599_990, end: 599_999 }))).toEqual(bytes.subarray(599_990));
    });

    it('keeps an empty document (the upload endpoint refuses them; the store does not judge)', async () => {
      const stored = await store.put(tenant, chunked(Buffer.alloc(0), 1));
      expect(stored).toEqual({ sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', size: 0 });
      expect(await readAll(await store.get(tenant, stored.sha256))).toEqual(Buffer.alloc(0));
    });

    it('refuses an unknown document before producing any byte', async () => {
      const missing = sha256Of(randomBytes(8));
      await expect(store.get(tenant, missing)).rejects.toBeInstanceOf(DocumentNotFound);
      expect(await store.has(tenant, missing)).toBe(false);
      expect(await store.stat(tenant, missing)).toBeNull();
    });

    it('keeps tenants apart: the same hash in another workspace is not found', async () => {
      const bytes = randomBytes(1000);
      const { sha256 } = await store.put(tenant, chunked(bytes, 100));
      await expect(store.get(other, sha256)).rejects.toBeInstanceOf(DocumentNotFound);
      expect(await store.has(other, sha256)).toBe(false);
      expect(await store.stat(other, sha256)).toBeNull();
    });

    it('refuses content beyond maxBytes and keeps nothing of it', async () => {
      const bytes = randomBytes(200_001);
      await expect(store.put(tenant, chunked(bytes, 16_384), { maxBytes: 200_000 })).rejects.toBeInstanceOf(DocumentTooLarge);
      expect(await store.has(tenant, sha256Of(bytes))).toBe(false);
      expect(await store.has(tenant, sha256Of(bytes.subarray(0, 200_000)))).toBe(false);
      if (harness.leftovers) expect(await harness.leftovers(store)).toBe(0);
      const exact = await store.put(tenant, chunked(bytes.subarray(0, 200_000), 16_384), { maxBytes: 200_000 });
      expect(exact.size).toBe(200_000);
    });

    it('keeps nothing when the source fails midway (a client that disconnects), and says why', async () => {
      const bytes = randomBytes(300_000);
      async function* failing(): AsyncIterable<Uint8Array> {
        yield bytes.subarray(0, 100_000);
        yield bytes.subarray(100_000, 200_000);
        throw new Error('client went away');
      }
      await expect(store.put(tenant, failing())).rejects.toThrow('client went away');
      expect(await store.has(tenant, sha256Of(bytes.subarray(0, 200_000)))).toBe(false);
      if (harness.leftovers) expect(await harness.leftovers(store)).toBe(0);
    });

    it('refuses a key that is not a workspace id and a hash, before any I/O', async () => {
      await expect(store.put('../etc', chunked(Buffer.from('x'), 1))).rejects.toThrow();
      await expect(store.get(tenant, '../../passwd')).rejects.toThrow(/not a lower-case hex SHA-256/);
      await expect(store.get(tenant, sha256Of(Buffer.from('x')).toUpperCase())).rejects.toThrow(/not a lower-case hex SHA-256/);
      await expect(store.has('Tenant/..', sha256Of(Buffer.from('x')))).rejects.toThrow();
    });
  });
}

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The bytes as an async source of chunks of at most `size` bytes (like a network stream). */
export async function* chunked(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
  for (let offset = 0; offset < bytes.length; offset += size) {
    await Promise.resolve();
    yield bytes.subarray(offset, Math.min(offset + size, bytes.length));
  }
}

export async function readAll(content: AsyncIterable<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}
