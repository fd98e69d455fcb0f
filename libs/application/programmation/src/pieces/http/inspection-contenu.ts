import { Transform, type TransformCallback } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import type { TypeMediaPiece } from '@cdv/domain-programmation';

/**
 * What a file is, read from its bytes only (never its name, never the client's Content-Type), while it streams
 * to the document store: docs/adr/0022-pieces-justificatives.md explains the allow-list. Memory is bounded: the
 * first HEAD bytes and the last TAIL bytes are kept, nothing else. A refusal fails the stream, so the store's put
 * keeps nothing.
 *
 * - PDF: `%PDF-` at offset 0 and `%%EOF` in the last 1024 bytes (what readers require; a truncated upload fails).
 * - PNG: its 8-byte signature and an IHDR chunk first. JPEG: `FF D8 FF`.
 * - Zip containers, by their central directory (read from the tail) and their first entry (from the head):
 *   OpenDocument text or spreadsheet (first entry `mimetype`, stored, naming the type; `content.xml` present);
 *   Office Open XML document or workbook (`[Content_Types].xml` with `word/document.xml` or `xl/workbook.xml`).
 *   Macros (`vbaProject.bin`, `Basic/`, `Scripts/`), ActiveX parts, encrypted entries and zip64 are refused.
 * Everything else (executables, scripts, HTML, SVG, plain text, legacy .doc/.xls) is refused.
 */

const HEAD = 64 * 1024;
const TAIL = 1024 * 1024;
const SIGNATURE_BYTES = 8;

export type CodeRefusContenu = 'FILE_TOO_LARGE' | 'DOSSIER_QUOTA_EXCEEDED' | 'EMPTY_FILE' | 'UNSUPPORTED_MEDIA_TYPE';

/** The file cannot be kept: a code the upload endpoint answers with (docs/api.md). */
export class ContenuRefuse extends Error {
  override readonly name = 'ContenuRefuse';
  constructor(
    readonly code: CodeRefusContenu,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface InspectionOptions {
  /** Bytes accepted; one more fails the stream with `tropGrand()`. */
  maxBytes: number;
  tropGrand: () => ContenuRefuse;
}

export const TYPES_ACCEPTES_TEXTE = 'PDF, PNG, JPEG, OpenDocument (ODT, ODS) and Office Open XML (DOCX, XLSX)';

/** A pass-through stream that counts, keeps the head and the tail, and decides the media type at the end. */
export class InspectionContenu extends Transform {
  /** The detected type, once the stream ended without refusal. */
  typeMedia: TypeMediaPiece | null = null;
  size = 0;
  private readonly head: Buffer[] = [];
  private headLength = 0;
  private tail: Buffer[] = [];
  private tailLength = 0;
  private famille: Famille | null = null;

  constructor(private readonly options: InspectionOptions) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    if (this.size > this.options.maxBytes) return callback(this.options.tropGrand());
    if (this.headLength < HEAD) {
      const part = chunk.subarray(0, HEAD - this.headLength);
      this.head.push(part);
      this.headLength += part.length;
    }
    this.tail.push(chunk);
    this.tailLength += chunk.length;
    while (this.tail.length > 1 && this.tailLength - this.tail[0].length >= TAIL) this.tailLength -= (this.tail.shift() as Buffer).length;
    // Refuse early what no allowed type starts with: no need to take the rest of an executable.
    if (this.famille === null && this.headLength >= SIGNATURE_BYTES) {
      this.famille = familleDe(Buffer.concat(this.head));
      if (!this.famille) return callback(nonAccepte());
    }
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.size === 0) throw new ContenuRefuse('EMPTY_FILE', 'the file is empty (0 bytes)');
      const head = Buffer.concat(this.head);
      const tail = Buffer.concat(this.tail).subarray(-TAIL);
      this.typeMedia = typeDe(this.famille ?? familleDe(head), head, tail, this.size);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }
}

type Famille = 'pdf' | 'png' | 'jpeg' | 'zip';

function familleDe(head: Buffer): Famille | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 4 && head.readUInt32LE(0) === LOCAL_HEADER) return 'zip';
  return null;
}

function typeDe(famille: Famille | null, head: Buffer, tail: Buffer, size: number): TypeMediaPiece {
  switch (famille) {
    case 'pdf':
      if (!tail.subarray(-1024).toString('latin1').includes('%%EOF')) {
        throw new ContenuRefuse('UNSUPPORTED_MEDIA_TYPE', 'the PDF has no end marker (%%EOF): it looks truncated, send it again', { detected: 'pdf' });
      }
      return 'application/pdf';
    case 'png':
      if (head.length < 16 || head.subarray(12, 16).toString('latin1') !== 'IHDR') {
        throw new ContenuRefuse('UNSUPPORTED_MEDIA_TYPE', 'the PNG image is malformed', { detected: 'png' });
      }
      return 'image/png';
    case 'jpeg':
      return 'image/jpeg';
    case 'zip':
      return typeDuZip(head, tail, size);
    default:
      throw nonAccepte();
  }
}

function nonAccepte(): ContenuRefuse {
  return new ContenuRefuse('UNSUPPORTED_MEDIA_TYPE', `this kind of file is not accepted: send ${TYPES_ACCEPTES_TEXTE} (the content decides, not the name)`, {
    accepted: TYPES_ACCEPTES_TEXTE,
  });
}

// ── Zip containers ───────────────────────────────────────────────────────────────────────────────────────────

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const MAX_ENTRIES = 20_000;

const ODF: Record<string, TypeMediaPiece> = {
  'application/vnd.oasis.opendocument.text': 'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet': 'application/vnd.oasis.opendocument.spreadsheet',
};
const OOXML_MAIN: Array<{ part: string; type: TypeMediaPiece; contentType: string }> = [
  {
    part: 'word/document.xml',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  },
  {
    part: 'xl/workbook.xml',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  },
];

interface EntreeZip {
  name: string;
  flags: number;
  method: number;
  compressedSize: number;
  localOffset: number;
}

function refusZip(message: string): ContenuRefuse {
  return new ContenuRefuse('UNSUPPORTED_MEDIA_TYPE', message, { detected: 'zip' });
}

function typeDuZip(head: Buffer, tail: Buffer, size: number): TypeMediaPiece {
  const entries = centralDirectory(tail, size);
  const names = new Set(entries.map((entry) => entry.name));
  if (entries.some((entry) => entry.flags & 0x1)) throw refusZip('the document is encrypted: its content cannot be checked; send it without a password');
  if (entries.some((entry) => /(^|\/)vbaProject\.bin$/i.test(entry.name) || /^(Basic|Scripts)\//.test(entry.name) || /activeX/i.test(entry.name))) {
    throw refusZip('documents with macros or ActiveX controls are not accepted: save it without macros (DOCX, XLSX, ODT, ODS) or as PDF');
  }
  const first = localEntry(head, 0);
  if (first?.name === 'mimetype') {
    if (first.method !== 0 || first.data === null) throw refusZip('an OpenDocument file must begin with its stored mimetype');
    const mimetype = first.data.toString('latin1').trim();
    const type = ODF[mimetype];
    if (!type || !names.has('content.xml')) throw refusZip(`OpenDocument ${mimetype || 'file'} is not accepted: send a text (ODT) or a spreadsheet (ODS)`);
    return type;
  }
  if (names.has('[Content_Types].xml')) {
    const main = OOXML_MAIN.find((candidate) => names.has(candidate.part));
    if (!main) throw refusZip('Office documents other than Word (DOCX) and Excel (XLSX) are not accepted');
    const declared = contentTypes(head, entries);
    // When [Content_Types].xml lies in the head (it is the first entry Office writes), its main part must agree.
    if (declared !== null && (!declared.includes(main.contentType) || /macroEnabled/i.test(declared))) {
      throw refusZip('the Office document declares another content type than its parts (or macros)');
    }
    return main.type;
  }
  throw refusZip('a zip archive is not accepted: only OpenDocument and Office Open XML documents are');
}

/** The central directory, found from the end-of-central-directory record in the tail. */
function centralDirectory(tail: Buffer, size: number): EntreeZip[] {
  const tailStart = size - tail.length;
  const searchFrom = Math.max(0, tail.length - 22 - 0xffff);
  let eocd = -1;
  for (let index = tail.length - 22; index >= searchFrom; index -= 1) {
    if (tail.readUInt32LE(index) === END_OF_CENTRAL_DIRECTORY) {
      eocd = index;
      break;
    }
  }
  if (eocd < 0) throw refusZip('the zip archive has no central directory: it looks truncated');
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw refusZip('zip64 archives are not accepted');
  if (count > MAX_ENTRIES) throw refusZip(`the archive holds more than ${MAX_ENTRIES} entries`);
  const start = cdOffset - tailStart;
  if (start < 0 || start + cdSize > eocd) throw refusZip('the zip archive’s central directory is inconsistent or too large to check');
  const entries: EntreeZip[] = [];
  let offset = start;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > eocd || tail.readUInt32LE(offset) !== CENTRAL_HEADER) throw refusZip('the zip archive’s central directory is malformed');
    const nameLength = tail.readUInt16LE(offset + 28);
    const extraLength = tail.readUInt16LE(offset + 30);
    const commentLength = tail.readUInt16LE(offset + 32);
    entries.push({
      flags: tail.readUInt16LE(offset + 8),
      method: tail.readUInt16LE(offset + 10),
      compressedSize: tail.readUInt32LE(offset + 20),
      localOffset: tail.readUInt32LE(offset + 42),
      name: tail.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A local entry wholly inside the head: its name, method and (compressed) data. */
function localEntry(head: Buffer, offset: number, compressedSize?: number): { name: string; method: number; data: Buffer | null } | null {
  if (offset + 30 > head.length || head.readUInt32LE(offset) !== LOCAL_HEADER) return null;
  const method = head.readUInt16LE(offset + 8);
  const size = compressedSize ?? head.readUInt32LE(offset + 18);
  const nameLength = head.readUInt16LE(offset + 26);
  const extraLength = head.readUInt16LE(offset + 28);
  const dataStart = offset + 30 + nameLength + extraLength;
  const name = head.subarray(offset + 30, offset + 30 + nameLength).toString('utf8');
  return { name, method, data: dataStart + size <= head.length ? head.subarray(dataStart, dataStart + size) : null };
}

/** `[Content_Types].xml` when its entry lies in the head (inflated, 256 KiB at most); null otherwise. */
function contentTypes(head: Buffer, entries: readonly EntreeZip[]): string | null {
  const entry = entries.find((candidate) => candidate.name === '[Content_Types].xml');
  if (!entry) return null;
  const local = localEntry(head, entry.localOffset, entry.compressedSize);
  if (!local?.data || local.name !== entry.name) return null;
  try {
    const bytes = entry.method === 0 ? local.data : entry.method === 8 ? inflateRawSync(local.data, { maxOutputLength: 256 * 1024 }) : null;
    return bytes ? bytes.toString('utf8') : null;
  } catch {
    throw refusZip('the Office document’s [Content_Types].xml cannot be read');
  }
}
