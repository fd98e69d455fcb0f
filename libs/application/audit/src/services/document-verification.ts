import { createHash } from 'node:crypto';
import { DocumentNotFound, type DocumentStore } from '@cdv/eventsourcing';
import { type ReferenceFichier } from '@cdv/domain-audit';

export type ProblemeFichier = { reference: ReferenceFichier; problem: 'document_missing' | 'document_altered'; expected: string; actual: string };

/**
 * Hashes every stored file the events name, once per file, and compares it with the recorded hash (and size):
 * a file changed on disk or in GridFS, or gone, is named with the first event that recorded it. The events' own
 * hash chain covers the recorded hash; this covers the bytes.
 */
export async function verifierFichiers(
  documents: DocumentStore,
  tenant: string,
  references: readonly ReferenceFichier[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ checked: number; problems: ProblemeFichier[] }> {
  const premieres = new Map<string, ReferenceFichier>();
  for (const reference of references) if (!premieres.has(reference.fichier.sha256)) premieres.set(reference.fichier.sha256, reference);
  const problems: ProblemeFichier[] = [];
  let done = 0;
  for (const reference of premieres.values()) {
    const { sha256, taille, nom } = reference.fichier;
    const what = `sha256 ${sha256}, ${taille} bytes (« ${nom} », piece ${reference.pieceId})`;
    try {
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of await documents.get(tenant, sha256)) {
        hash.update(chunk);
        size += chunk.byteLength;
      }
      const actual = hash.digest('hex');
      if (actual !== sha256 || size !== taille) {
        problems.push({ reference, problem: 'document_altered', expected: what, actual: `sha256 ${actual}, ${size} bytes` });
      }
    } catch (error) {
      if (!(error instanceof DocumentNotFound)) throw error;
      problems.push({ reference, problem: 'document_missing', expected: what, actual: 'no file in the document store' });
    }
    done += 1;
    onProgress?.(done, premieres.size);
  }
  return { checked: premieres.size, problems };
}
