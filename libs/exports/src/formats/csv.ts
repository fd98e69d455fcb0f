import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { entete, ExportInterrompu, LOT_PAR_DEFAUT, vidange, type OptionsEcriture, type Tableau } from './tableau';
import { texteCsv } from './valeurs';

/**
 * The CSV dialect of French spreadsheets (ADR exports): `;` between cells, CRLF lines, UTF-8 with a BOM. A
 * line break inside a cell is quoted too (csv-stringify quotes only the record delimiter itself otherwise).
 */
const DIALECTE = { delimiter: ';', record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;

/**
 * Writes a table as CSV for French spreadsheets: a BOM (Excel then reads UTF-8), `;`, decimal comma, dates
 * dd/mm/yyyy (or ISO). Rows are formatted and written one batch at a time, waiting for the output to drain:
 * memory holds one batch, whatever the size of the table. Does not end the output. Returns the rows written.
 */
export async function ecrireCsv<R>(tableau: Tableau<R>, sortie: Writable, options: OptionsEcriture = {}): Promise<number> {
  const dates = options.dates ?? 'fr';
  const taille = Math.max(1, options.lot ?? LOT_PAR_DEFAUT);
  const ecrire = async (texte: string) => {
    if (sortie.destroyed || sortie.writableEnded) throw new ExportInterrompu('the output closed before the export ended (client gone?)');
    sortie.write(texte);
    await vidange(sortie);
  };
  await ecrire(`\ufeff${stringify([tableau.colonnes.map((colonne) => entete(colonne, options))], DIALECTE)}`);
  let lot: string[][] = [];
  let ecrites = 0;
  const vider = async () => {
    if (lot.length === 0) return;
    await ecrire(stringify(lot, DIALECTE));
    ecrites += lot.length;
    lot = [];
    options.onProgress?.(ecrites);
  };
  for await (const ligne of tableau.lignes) {
    lot.push(tableau.colonnes.map((colonne) => texteCsv(colonne.type, colonne.valeur(ligne), dates)));
    if (lot.length >= taille) await vider();
  }
  await vider();
  return ecrites;
}
