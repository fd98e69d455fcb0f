import type { CellValue, Worksheet } from 'exceljs';
import { normaliser } from '@cdv/projections-programmation';
import { CsvSyntaxError, parseCsvAvecLignes } from './csv';

/**
 * Reads the spreadsheets EPCIs keep (XLSX, or CSV exported from them) into the string cells `importerProgrammation`
 * reads, with the row number of each row as the operator sees it in the file. Both formats give the same cells for
 * the same table: numbers as French-unambiguous text, dates as aaaa-mm-jj.
 */
export interface TableauLu {
  rows: string[][];
  /** The file's line (CSV) or row (XLSX) of each entry of `rows`. */
  lines: number[];
  format: 'csv' | 'xlsx';
  /** XLSX: the sheet read, and every sheet of the workbook. */
  feuille?: string;
  feuilles?: string[];
}

/** A file the import cannot read at all (not a spreadsheet, unknown sheet, broken CSV): nothing is imported. */
export class FichierIllisible extends Error {
  override readonly name = 'FichierIllisible';

  /** `pasUnTableur`: the file is no spreadsheet at all (another kind of file); otherwise a spreadsheet it cannot use. */
  constructor(
    message: string,
    readonly raison: 'pasUnTableur' | 'feuille' | 'contenu' = 'contenu',
  ) {
    super(message);
  }
}

/** Extensions read as CSV (a file without one too). */
const EXTENSIONS_TEXTE = ['csv', 'txt', 'tsv', ''];

export async function lireTableau(fileName: string, bytes: Uint8Array, options: { feuille?: string } = {}): Promise<TableauLu> {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (ole || extension === 'xls')
    throw new FichierIllisible(`${fileName} is an Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV, then import again`, 'pasUnTableur');
  if (extension === 'xlsx' || extension === 'xlsm' || zip) {
    if (!zip) throw new FichierIllisible(`${fileName} is not an XLSX workbook (it is not a zip archive)`, 'pasUnTableur');
    return lireXlsx(bytes, options);
  }
  // A PDF, an image, a Word file…: no text table to read (control characters other than tab and line ends).
  if (!EXTENSIONS_TEXTE.includes(extension) || bytes.some((byte) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d))
    throw new FichierIllisible(`${fileName} is not a spreadsheet: import an XLSX workbook or a CSV file`, 'pasUnTableur');
  if (options.feuille) throw new FichierIllisible(`--sheet applies to XLSX workbooks; ${fileName} is read as CSV`, 'feuille');
  try {
    const { rows, lines } = parseCsvAvecLignes(decoderTexte(bytes));
    return { rows, lines, format: 'csv' };
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new FichierIllisible(`${fileName}: ${error.message}`);
    throw error;
  }
}

/** UTF-8 (with or without BOM), or Windows-1252 — what French Excel writes when asked for « CSV (séparateur: point-virgule) ». */
export function decoderTexte(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Node 20 decodes « windows-1252 » as Latin-1: map the 0x80–0x9F range (€, œ, ’, «…») by hand.
    let text = '';
    for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? (CP1252[byte - 0x80] ?? '\ufffd') : String.fromCharCode(byte);
    return text;
  }
}

const CP1252 = [
  '€',
  undefined,
  '‚',
  'ƒ',
  '„',
  '…',
  '†',
  '‡',
  'ˆ',
  '‰',
  'Š',
  '‹',
  'Œ',
  undefined,
  'Ž',
  undefined,
  undefined,
  '‘',
  '’',
  '“',
  '”',
  '•',
  '–',
  '—',
  '˜',
  '™',
  'š',
  '›',
  'œ',
  undefined,
  'ž',
  'Ÿ',
];

export async function lireXlsx(bytes: Uint8Array, options: { feuille?: string } = {}): Promise<TableauLu> {
  // Loaded on demand: exceljs takes about a second to load, and only imports need it.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    // exceljs types its input as an ArrayBuffer-like `Buffer`; at run time it takes Node's Buffer (JSZip).
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof workbook.xlsx.load>[0];
    await workbook.xlsx.load(data);
  } catch (error) {
    throw new FichierIllisible(`the workbook cannot be read: ${(error as Error).message}`, 'pasUnTableur');
  }
  const feuilles = workbook.worksheets.map((sheet) => sheet.name);
  const sheet = options.feuille
    ? (workbook.worksheets.find((s) => s.name === options.feuille) ?? workbook.worksheets.find((s) => normaliser(s.name) === normaliser(options.feuille ?? '')))
    : workbook.worksheets[0];
  if (!sheet) {
    throw new FichierIllisible(
      options.feuille ? `no sheet « ${options.feuille} » in the workbook (sheets: ${feuilles.map((f) => `« ${f} »`).join(', ')})` : 'the workbook has no sheet',
      'feuille',
    );
  }
  const { rows, lines } = cellules(sheet);
  return { rows, lines, format: 'xlsx', feuille: sheet.name, feuilles };
}

function cellules(sheet: Worksheet): { rows: string[][]; lines: number[] } {
  const rows: string[][] = [];
  const lines: number[] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    // A merged cell reads as its master's value: a dossier's cells merged over its financeur rows repeat, as allowed.
    for (let c = 1; c <= width; c++) cells.push(texte(row.getCell(c).value));
    while (cells.length && !cells[cells.length - 1]) cells.pop();
    rows.push(cells);
    lines.push(r);
  }
  return { rows, lines };
}

/** The text of a cell as a French user reads it; numbers never carry a dot that could read as thousands. */
export function texte(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return nombre(value);
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('hyperlink' in value) return texte(value.text);
  if ('formula' in value || 'sharedFormula' in value) return value.result === undefined ? '' : texte(value.result);
  if ('error' in value) return value.error;
  return '';
}

function nombre(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Formulas leave binary noise (1234.5600000001): round to the cent when that is all it is.
  const cents = Math.round(value * 100);
  const text = Math.abs(value * 100 - cents) < 1e-6 ? (cents / 100).toFixed(2).replace(/\.?0+$/, '') : String(value);
  return text.replace('.', ',');
}
