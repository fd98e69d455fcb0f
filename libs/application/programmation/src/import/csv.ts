/**
 * A small CSV reader for the spreadsheets EPCIs export: `;` (French Excel), `,` or tab separators, RFC 4180
 * quotes (doubled quotes inside, separators and line breaks inside quotes), CRLF/LF/CR, UTF-8 BOM.
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
  const separator = options.separator ?? detectSeparator(input);
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteStartLine = 0;
  let recordLine = 1;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n' || (ch === '\r' && input[i + 1] !== '\n')) line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      quoteStartLine = line;
    } else if (ch === separator) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      lines.push(recordLine);
      row = [];
      cell = '';
      line++;
      recordLine = line;
    } else {
      cell += ch;
    }
  }
  if (quoted) throw new CsvSyntaxError('a quoted cell is never closed', quoteStartLine);
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
    lines.push(recordLine);
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
