import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { DocumentStore } from '@cdv/eventsourcing';
import { chunked, documentStoreContract, sha256Of } from '../contract/document-store.contract';
import { EmbeddedDocumentStore } from './embedded-document-store';

const folder = mkdtempSync(join(tmpdir(), 'cdv-document-store-'));
let count = 0;
afterAll(() => rmSync(folder, { recursive: true, force: true }));

documentStoreContract('embedded', {
  create: () => EmbeddedDocumentStore.open(join(folder, `store-${++count}`)),
  leftovers: async (store: DocumentStore) => readdirSync(join((store as EmbeddedDocumentStore).root, '.tmp')).length,
});

describe('embedded document store: files on disk', () => {
  it('lays a document out as {tenant}/{ab}/{sha256}, readable by the owner only, nothing else in the folder', async () => {
    const root = join(folder, `layout-${++count}`);
    const store = await EmbeddedDocumentStore.open(root);
    const bytes = Buffer.from('%PDF-1.7 statuts');
    const { sha256 } = await store.put('mel', chunked(bytes, 4));
    const path = store.pathOf('mel', sha256);
    expect(relative(root, path)).toBe(join('mel', sha256.slice(0, 2), sha256));
    expect(readFileSync(path)).toEqual(bytes);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(root, '.tmp'))).toEqual([]);
    expect(sha256).toBe(sha256Of(bytes));
  });

  it('clears what an interrupted put left in .tmp when it opens again', async () => {
    const root = join(folder, `restart-${++count}`);
    const store = await EmbeddedDocumentStore.open(root);
    let hangUp: (error: Error) => void = () => undefined;
    async function* stalled(): AsyncIterable<Uint8Array> {
      yield Buffer.from('half');
      await new Promise((_resolve, reject) => (hangUp = reject));
    }
    const interrupted = store.put('mel', stalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(join(root, '.tmp'))).toHaveLength(1);
    // what a crash leaves: the restarted process opens the store again
    await EmbeddedDocumentStore.open(root);
    expect(readdirSync(join(root, '.tmp'))).toEqual([]);
    hangUp(new Error('the process died'));
    await expect(interrupted).rejects.toThrow('the process died');
  });
});
