import { CsvError, parse } from 'csv-parse/sync';

/**
 * The CSV reader of the spreadsheets EPCIs export, on csv-parse (RFC 4180: doubled quotes, separators and line
 * breaks inside quotes; CRLF/LF/CR; UTF-8 BOM). What the library does not do is ours: the separator detection
 * (`;` of French Excel, `,` or tab) and the line each record starts on, which an import names to the operator.
 */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

export type CsvSeparator = ';' | ',' | '\t';

export function parseCsv(text: string, options: { separator?: CsvSeparator } = {}): string[][] {
  return parseCsvAvecLignes(text, options).rows;
}

/**
 * As parseCsv, with the line each record starts on (1-based): a quoted cell may hold line breaks, so records and
 * lines differ, and an import names the line an operator sees in a text editor.
 */
export function parseCsvAvecLignes(text: string, options: { separator?: CsvSeparator } = {}): { rows: string[][]; lines: number[] } {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 1;
  try {
    parse(input, {
      delimiter: options.separator ?? detectSeparator(input),
      record_delimiter: ['\r\n', '\n', '\r'],
      // a quote opens a quoted cell only at its start, as spreadsheets write them; elsewhere it is a character
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      on_record: (record: string[]) => {
        rows.push(record);
        lines.push(line);
        // the record's own line breaks are inside its quoted cells: the next one starts after them
        line += 1 + record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\n|\r/g)?.length ?? 0), 0);
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) {
      throw new CsvSyntaxError(error.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed' : error.message, line);
    }
    throw error;
  }
  return { rows, lines };
}

/** The separator that occurs most on the first line, outside quotes; `;` on a tie (French Excel's default). */
export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch as CsvSeparator]++;
  }
  return (Object.keys(counts) as CsvSeparator[]).reduce((best, sep) => (counts[sep] > counts[best] ? sep : best), ';');
}
