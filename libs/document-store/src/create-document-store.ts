import type { DocumentStore } from '@cdv/eventsourcing';
import { EmbeddedDocumentStore } from './embedded/embedded-document-store';
import { GridFsDocumentStore, type GridFsDocumentStoreOptions } from './gridfs/gridfs-document-store';

/** Which document store a process uses: files under the data folder (embedded) or MongoDB GridFS (distributed). */
export type DocumentStoreConfig = { kind: 'embedded'; dir: string } | ({ kind: 'gridfs' } & GridFsDocumentStoreOptions);

export function createDocumentStore(config: DocumentStoreConfig): Promise<DocumentStore> {
  switch (config.kind) {
    case 'embedded':
      return EmbeddedDocumentStore.open(config.dir);
    case 'gridfs': {
      const { kind: _kind, ...options } = config;
      return GridFsDocumentStore.connect(options);
    }
    default:
      throw new Error(`unknown document store kind: ${(config as { kind: unknown }).kind}`);
  }
}
