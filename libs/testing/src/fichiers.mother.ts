import { randomBytes } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/*
 * Object mother for uploaded files: small but real documents of each accepted type (what their readers accept),
 * and the hostile ones the upload endpoint must refuse. Zip containers are written here entry by entry (stored
 * or deflated), so that tests choose exactly what an archive holds.
 */

/** A PDF of about `size` bytes (random filler in a stream object: each call gives new bytes, hence a new hash). */
export function pdf(size = 2_000, text = 'Statuts'): Buffer {
  const header = Buffer.from(`%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Title (${text}) >>\nstream\n`, 'latin1');
  const trailer = Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
  return Buffer.concat([header, randomBytes(Math.max(0, size - header.length - trailer.length)), trailer]);
}

export function png(): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(25);
  ihdr.writeUInt32BE(13, 0);
  ihdr.write('IHDR', 4, 'latin1');
  ihdr.writeUInt32BE(1, 8);
  ihdr.writeUInt32BE(1, 12);
  ihdr.writeUInt8(8, 16);
  return Buffer.concat([signature, ihdr, randomBytes(64)]);
}

export function jpeg(): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0', 'latin1'), randomBytes(200), Buffer.from([0xff, 0xd9])]);
}

/** A Windows executable (MZ header), as found renamed `statuts.pdf`. */
export function executable(): Buffer {
  const bytes = Buffer.concat([Buffer.from('MZ', 'latin1'), randomBytes(4000)]);
  bytes.write('This program cannot be run in DOS mode.', 78, 'latin1');
  return bytes;
}

export interface ZipEntry {
  name: string;
  content: string | Buffer;
  /** Deflate it (the default); `false` stores it as is. */
  deflate?: boolean;
  /** Sets the "encrypted" flag (the content is not really encrypted: only the flag matters to a checker). */
  encrypted?: boolean;
}

/** A zip archive with these entries, in order (local headers, central directory, end record). */
export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = Buffer.isBuffer(entry.content) ? entry.content : Buffer.from(entry.content, 'utf8');
    const deflate = entry.deflate ?? true;
    const data = deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const flags = entry.encrypted ? 0x1 : 0;
    const method = deflate ? 8 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc32(raw), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc32(raw), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const contentTypes = (part: string, type: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${part}" ContentType="${type}"/></Types>`;

export function docx(options: { macros?: boolean } = {}): Buffer {
  const type = options.macros
    ? 'application/vnd.ms-word.document.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  return zip([
    { name: '[Content_Types].xml', content: contentTypes('word/document.xml', type) },
    { name: '_rels/.rels', content: '<Relationships/>' },
    { name: 'word/document.xml', content: `<w:document><w:body><w:p><w:r><w:t>${randomBytes(8).toString('hex')}</w:t></w:r></w:p></w:body></w:document>` },
    ...(options.macros ? [{ name: 'word/vbaProject.bin', content: randomBytes(64) }] : []),
  ]);
}

export function xlsx(): Buffer {
  return zip([
    { name: '[Content_Types].xml', content: contentTypes('xl/workbook.xml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml') },
    { name: 'xl/workbook.xml', content: '<workbook><sheets><sheet name="Budget" sheetId="1"/></sheets></workbook>' },
    { name: 'xl/worksheets/sheet1.xml', content: `<worksheet><sheetData><row><c><v>${Math.random()}</v></c></row></sheetData></worksheet>` },
  ]);
}

export function opendocument(mimetype = 'application/vnd.oasis.opendocument.text', more: ZipEntry[] = []): Buffer {
  return zip([
    { name: 'mimetype', content: mimetype, deflate: false },
    { name: 'content.xml', content: `<office:document-content>${randomBytes(8).toString('hex')}</office:document-content>` },
    { name: 'META-INF/manifest.xml', content: '<manifest:manifest/>' },
    ...more,
  ]);
}
