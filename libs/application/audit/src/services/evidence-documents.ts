import { createHash } from 'node:crypto';
import { DocumentNotFound, isSha256, type DocumentStore, type RecordedEvent } from '@cdv/eventsourcing';
import { referenceFichier, type ReferenceFichier } from './document-verification';

/*
 * The files of the pièces justificatives in an evidence bundle (format version 2, docs/audit/evidence-bundle.md
 * §2 and §7): after the seals, one `document` line per distinct file the exported events record, with its hash;
 * the files themselves, when the export includes them, in a folder beside the bundle, each named by its hash.
 */

export interface BundleDocumentReference {
  stream: string;
  revision: number;
  eventId: string;
}

export interface BundleDocumentLine {
  kind: 'document';
  sha256: string;
  taille: number;
  typeMedia: string;
  /** The name of the file when it was first recorded (metadata only). */
  nom: string;
  /** Every exported event that records this file (PieceDeposee, PieceRemplacee). */
  references: BundleDocumentReference[];
  /** The file's name in the bundle's files folder (its hash), or null when the export did not include it. */
  fichier: string | null;
}

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

// ── Offline verification ─────────────────────────────────────────────────────────────────────────────────────

export type DocumentProblemCode = 'document_unreferenced' | 'document_unlisted' | 'document_mismatch' | 'document_file_missing' | 'document_altered';

export interface DocumentProblem {
  line: number;
  problem: DocumentProblemCode;
  message: string;
}

/** Reads a file (named by its hash) of the bundle's files folder (the name the header gives); null when it is not there. */
export type LecteurFichiers = (nom: string, dossier: string) => Promise<AsyncIterable<Uint8Array> | null>;

/**
 * Checks the document lines against the exported events: each listed file is recorded by an exported event with
 * the same size and type; each file an exported event records is listed; each included file hashes to its line.
 */
export class VerificationDocuments {
  private readonly attendus = new Map<string, ReferenceFichier>();
  private readonly listes = new Map<string, { line: number; ligne: BundleDocumentLine }>();
  filesChecked = 0;

  evenement(event: RecordedEvent): void {
    const reference = referenceFichier(event);
    if (reference && !this.attendus.has(reference.fichier.sha256)) this.attendus.set(reference.fichier.sha256, reference);
  }

  ligne(line: number, parsed: unknown, report: (problem: DocumentProblem) => void): void {
    const ligne = parsed as Partial<BundleDocumentLine>;
    if (!isSha256(ligne.sha256) || !Number.isSafeInteger(ligne.taille) || typeof ligne.typeMedia !== 'string' || !Array.isArray(ligne.references)) {
      report({ line, problem: 'document_mismatch', message: `line ${line}: malformed document line` });
      return;
    }
    const attendu = this.attendus.get(ligne.sha256);
    if (!attendu) {
      report({ line, problem: 'document_unreferenced', message: `line ${line}: file ${ligne.sha256} is recorded by no exported event` });
    } else if (attendu.fichier.taille !== ligne.taille || attendu.fichier.typeMedia !== ligne.typeMedia) {
      report({
        line,
        problem: 'document_mismatch',
        message: `line ${line}: file ${ligne.sha256} is listed as ${ligne.taille} bytes of ${ligne.typeMedia}; ${attendu.stream} revision ${attendu.revision} recorded ${attendu.fichier.taille} bytes of ${attendu.fichier.typeMedia}`,
      });
    }
    this.listes.set(ligne.sha256, { line, ligne: ligne as BundleDocumentLine });
  }

  async terminer(
    declared: number | undefined,
    dossier: string | null | undefined,
    report: (problem: DocumentProblem) => void,
    lire: LecteurFichiers | undefined,
  ): Promise<void> {
    for (const [sha256, reference] of this.attendus) {
      if (!this.listes.has(sha256)) {
        report({
          line: 1,
          problem: 'document_unlisted',
          message: `${reference.stream} revision ${reference.revision} records file ${sha256} (« ${reference.fichier.nom} »), which the bundle does not list`,
        });
      }
    }
    if (declared !== undefined && declared !== this.listes.size) {
      report({ line: 1, problem: 'document_unlisted', message: `line 1 declares ${declared} documents; the bundle lists ${this.listes.size}` });
    }
    if (!lire || !dossier) return;
    // The header names a folder beside the bundle, never a path elsewhere.
    if (/[\\/]|^\.\.?$/.test(dossier)) {
      report({
        line: 1,
        problem: 'document_mismatch',
        message: `line 1 names the files folder "${dossier.slice(0, 80)}": a folder name beside the bundle is expected`,
      });
      return;
    }
    for (const { line, ligne } of this.listes.values()) {
      if (ligne.fichier === null) continue;
      if (ligne.fichier !== ligne.sha256) {
        report({ line, problem: 'document_mismatch', message: `line ${line}: the file of ${ligne.sha256} must be named by its hash` });
        continue;
      }
      const content = await lire(ligne.fichier, dossier);
      if (!content) {
        report({ line, problem: 'document_file_missing', message: `line ${line}: the files folder has no file ${ligne.fichier} (« ${ligne.nom} »)` });
        continue;
      }
      const hash = createHash('sha256');
      let size = 0;
      for await (const chunk of content) {
        hash.update(chunk);
        size += chunk.byteLength;
      }
      const actual = hash.digest('hex');
      this.filesChecked += 1;
      if (actual !== ligne.sha256 || size !== ligne.taille) {
        report({
          line,
          problem: 'document_altered',
          message: `line ${line}: file ${ligne.fichier} (« ${ligne.nom} ») hashes to ${actual} (${size} bytes), not to what its events recorded`,
        });
      }
    }
  }
}
