import { DocumentNotFound, type DocumentStore, type RecordedEvent } from '@cdv/eventsourcing';
import { referenceFichier, type BundleDocumentLine, type ReferenceFichier } from '@cdv/domain-audit';

/*
 * The files of the pièces justificatives in an evidence bundle (format version 2, docs/audit/evidence-bundle.md
 * §2 and §7): after the seals, one `document` line per distinct file the exported events record, with its hash;
 * the files themselves, when the export includes them, in a folder beside the bundle, each named by its hash.
 */

/** The files the chosen streams' events record, collected while the export scans the log. */
export class DocumentsDuJournal {
  private readonly parStream = new Map<string, ReferenceFichier[]>();

  observer(event: RecordedEvent): void {
    const reference = referenceFichier(event);
    if (!reference) return;
    const list = this.parStream.get(event.stream) ?? [];
    list.push(reference);
    this.parStream.set(event.stream, list);
  }

  /** The distinct files of these streams, in the order first recorded (log order). */
  pour(streams: ReadonlySet<string>): BundleDocumentLine[] {
    const lignes = new Map<string, BundleDocumentLine>();
    const references = [...this.parStream.entries()].filter(([stream]) => streams.has(stream)).flatMap(([, list]) => list);
    for (const reference of references.sort((a, b) => a.position - b.position)) {
      const { sha256, taille, typeMedia, nom } = reference.fichier;
      const ligne = lignes.get(sha256) ?? { kind: 'document' as const, sha256, taille, typeMedia, nom, references: [], fichier: null };
      ligne.references.push({ stream: reference.stream, revision: reference.revision, eventId: reference.eventId });
      lignes.set(sha256, ligne);
    }
    return [...lignes.values()];
  }
}

export interface DocumentsExportOptions {
  store: DocumentStore;
  /** Copies a file into the bundle's files folder (named by its hash); absent: the bundle lists the files only. */
  inclure?: (sha256: string, content: AsyncIterable<Uint8Array>) => Promise<void>;
}

/** Writes the document lines; copies each file when asked (a file missing from the store is listed, not included). */
export async function ecrireDocuments(
  tenant: string,
  lignes: readonly BundleDocumentLine[],
  write: (line: string) => void | Promise<void>,
  options: DocumentsExportOptions | undefined,
): Promise<{ lignes: number; inclus: number; absents: string[] }> {
  let inclus = 0;
  const absents: string[] = [];
  for (const ligne of lignes) {
    let fichier: string | null = null;
    if (options?.inclure) {
      try {
        await options.inclure(ligne.sha256, await options.store.get(tenant, ligne.sha256));
        fichier = ligne.sha256;
        inclus += 1;
      } catch (error) {
        if (!(error instanceof DocumentNotFound)) throw error;
        absents.push(ligne.sha256);
      }
    }
    await write(JSON.stringify({ ...ligne, fichier } satisfies BundleDocumentLine));
  }
  return { lignes: lignes.length, inclus, absents };
}
