import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { docx, executable, jpeg, opendocument, pdf, png, xlsx, zip } from '@cdv/testing';
import { ContenuRefuse, InspectionContenu } from './inspection-contenu';

/** Streams the bytes through the inspection in chunks of `chunk` bytes; the detected type, or the refusal's code. */
async function inspecter(bytes: Buffer, { chunk = 16_384, maxBytes = 10_000_000 } = {}): Promise<string> {
  const inspection = new InspectionContenu({ maxBytes, tropGrand: () => new ContenuRefuse('FILE_TOO_LARGE', 'too large') });
  const chunks = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, index) => bytes.subarray(index * chunk, (index + 1) * chunk));
  try {
    await pipeline(Readable.from(chunks), inspection, async (source: AsyncIterable<Buffer>) => {
      for await (const _ of source);
    });
    return inspection.typeMedia as string;
  } catch (error) {
    if (error instanceof ContenuRefuse) return error.code;
    throw error;
  }
}

describe('content inspection of an upload', () => {
  it.each([
    ['a PDF', pdf(50_000), 'application/pdf'],
    ['a PNG image', png(), 'image/png'],
    ['a JPEG photo', jpeg(), 'image/jpeg'],
    ['a Word document', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['an Excel workbook', xlsx(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['an OpenDocument text', opendocument(), 'application/vnd.oasis.opendocument.text'],
    ['an OpenDocument spreadsheet', opendocument('application/vnd.oasis.opendocument.spreadsheet'), 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('recognises %s from its bytes, whatever the chunking', async (_name, bytes, type) => {
    for (const chunk of [1, 7, 4096, 1 << 20]) expect(await inspecter(bytes, { chunk })).toBe(type);
  });

  it('recognises a workbook written by Excel’s format library (exceljs), as a real file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Budget prévisionnel').addRow(['Charges', 12_000]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(await inspecter(bytes)).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  });

  it.each([
    ['an executable (MZ), whatever its name', executable()],
    ['an ELF binary', Buffer.concat([Buffer.from('\x7fELF', 'latin1'), Buffer.alloc(100)])],
    ['a shell script', Buffer.from('#!/bin/sh\nrm -rf /\n')],
    ['an HTML page', Buffer.from('<!doctype html><script>alert(1)</script>')],
    ['an SVG image (scripts inside)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['plain text', Buffer.from('Nom;Montant\nAteliers;1200\n')],
    ['a legacy Word .doc (OLE2)', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)])],
    ['a PDF header on a truncated file', pdf(20_000).subarray(0, 15_000)],
    ['a PDF marker not at the start (polyglot)', Buffer.concat([executable().subarray(0, 100), pdf(2000)])],
    ['a PNG signature without IHDR', Buffer.concat([png().subarray(0, 8), Buffer.alloc(40)])],
    ['a plain zip archive', zip([{ name: 'statuts.pdf', content: pdf() }])],
    ['a zip without its central directory', docx().subarray(0, 300)],
    ['a Word document with macros', docx({ macros: true })],
    [
      'an Office document whose declared type is macro-enabled',
      zip([
        {
          name: '[Content_Types].xml',
          content: '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"/></Types>',
        },
        { name: 'xl/workbook.xml', content: '<workbook/>' },
      ]),
    ],
    [
      'an OpenDocument with Basic macros',
      opendocument('application/vnd.oasis.opendocument.text', [{ name: 'Basic/Standard/Module1.xml', content: 'Sub Main' }]),
    ],
    ['an OpenDocument presentation', opendocument('application/vnd.oasis.opendocument.presentation')],
    [
      'an OpenDocument whose mimetype is compressed',
      zip([
        { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' },
        { name: 'content.xml', content: '<x/>' },
      ]),
    ],
    [
      'an encrypted Office document',
      zip([
        { name: '[Content_Types].xml', content: '<Types/>', encrypted: true },
        { name: 'word/document.xml', content: '<w/>', encrypted: true },
      ]),
    ],
    [
      'a PowerPoint deck',
      zip([
        { name: '[Content_Types].xml', content: '<Types/>' },
        { name: 'ppt/presentation.xml', content: '<p/>' },
      ]),
    ],
  ])('refuses %s (UNSUPPORTED_MEDIA_TYPE)', async (_name, bytes) => {
    expect(await inspecter(bytes)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses an empty file (EMPTY_FILE) and a file one byte over the limit, as soon as it passes it', async () => {
    expect(await inspecter(Buffer.alloc(0))).toBe('EMPTY_FILE');
    const bytes = pdf(10_000);
    expect(await inspecter(bytes, { maxBytes: bytes.length })).toBe('application/pdf');
    expect(await inspecter(bytes, { maxBytes: bytes.length - 1 })).toBe('FILE_TOO_LARGE');
  });

  it('refuses a file too small to be any accepted type', async () => {
    expect(await inspecter(Buffer.from('%P'))).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await inspecter(Buffer.from([0xff]))).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('stops an executable at its first bytes, without reading the rest', async () => {
    const inspection = new InspectionContenu({ maxBytes: 1e9, tropGrand: () => new ContenuRefuse('FILE_TOO_LARGE', 'x') });
    let served = 0;
    async function* huge() {
      for (let index = 0; index < 1000; index += 1) {
        served += 1;
        yield index === 0 ? executable() : Buffer.alloc(65_536);
      }
    }
    await expect(
      pipeline(Readable.from(huge()), inspection, async (source: AsyncIterable<Buffer>) => {
        for await (const _ of source);
      }),
    ).rejects.toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(served).toBeLessThan(5);
  });
});
