import type { Writable } from 'node:stream';
import type { Colonne } from '../colonnes';
import type { StyleDates } from './valeurs';

/** One table of an export: a CSV file, or a sheet of an XLSX workbook. */
export interface Tableau<R = unknown> {
  /** Sheet name (31 characters at most, Excel's limit) and file name part. */
  nom: string;
  colonnes: ReadonlyArray<Colonne<R>>;
  /** Read as they are written: an async iterable streams from the read store. */
  lignes: AsyncIterable<R> | Iterable<R>;
}

export interface OptionsEcriture {
  dates?: StyleDates;
  /** `libelles` (default): the headers a person reads; `ids`: the column ids (stable, for programs). */
  entetes?: 'libelles' | 'ids';
  /** Called after each batch with the rows written so far. */
  onProgress?: (lignes: number) => void;
  /** Rows formatted between two writes to the output (default 500). */
  lot?: number;
}

export const LOT_PAR_DEFAUT = 500;

/** Resolves when the output can take more (its buffer drained), rejects if it fails or closes first. */
export function vidange(sortie: Writable): Promise<void> {
  if (!sortie.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      sortie.off('drain', onDrain);
      sortie.off('error', onError);
      sortie.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onError = (error: Error) => done(error);
    const onClose = () => done(new ExportInterrompu('the output closed before the export ended (client gone?)'));
    sortie.on('drain', onDrain);
    sortie.on('error', onError);
    sortie.on('close', onClose);
  });
}

/** The reader went away (HTTP client disconnected) or the output failed: stop reading the store. */
export class ExportInterrompu extends Error {
  override readonly name = 'ExportInterrompu';
}

export function entete<R>(colonne: Colonne<R>, options: OptionsEcriture): string {
  return options.entetes === 'ids' ? colonne.id : colonne.libelle;
}
