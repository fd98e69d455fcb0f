import { CsvSyntaxError, detectSeparator, parseCsv, parseCsvAvecLignes } from './csv';
import { decoderTexte, texte } from './tableur';

describe('parseCsv', () => {
  it('reads French Excel exports: `;`, BOM, CRLF, quotes with separators, doubled quotes and line breaks', () => {
    const text = '\ufeffRéférence;Intitulé;Coût total\r\nD-1;"Lire; écrire";"1 712 989 €"\r\nD-2;"Le ""Quai"" des Mômes";"ligne 1\nligne 2"\r\n';
    expect(parseCsv(text)).toEqual([
      ['Référence', 'Intitulé', 'Coût total'],
      ['D-1', 'Lire; écrire', '1 712 989 €'],
      ['D-2', 'Le "Quai" des Mômes', 'ligne 1\nligne 2'],
    ]);
  });

  it('detects `,` and tab separators, keeps empty cells and a last line without newline', () => {
    expect(parseCsv('a,b,c\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(parseCsv('a\tb\n"x,y"\tz\r')).toEqual([
      ['a', 'b'],
      ['x,y', 'z'],
    ]);
    expect(detectSeparator('"a;b",c,d\n')).toBe(',');
    expect(detectSeparator('single')).toBe(';');
    expect(parseCsv('a;b', { separator: ',' })).toEqual([['a;b']]);
  });

  it('names the line of an unclosed quote', () => {
    expect(() => parseCsv('a;b\n1;"open\n2;3')).toThrow(CsvSyntaxError);
    expect(() => parseCsv('a;b\n1;"open\n2;3')).toThrow(/line 2/);
  });

  it('gives the line each record starts on, past line breaks inside quotes', () => {
    expect(parseCsvAvecLignes('a;b\r\n1;"x\r\ny"\r\n\r\n2;z').lines).toEqual([1, 2, 4, 5]);
  });
});

describe('cells of a spreadsheet as text', () => {
  it('writes numbers the French way, rounds formula noise to the cent, dates as aaaa-mm-jj', () => {
    expect([texte(1712989), texte(12345.5), texte(1234.5600000001), texte(94.414), texte(new Date(Date.UTC(2019, 2, 28)))]).toEqual([
      '1712989',
      '12345,5',
      '1234,56',
      '94,414',
      '2019-03-28',
    ]);
    expect([
      texte({ formula: 'A1*2', result: 4 }),
      texte({ richText: [{ text: 'Ré' }, { text: 'f ' }] }),
      texte({ text: 'site', hyperlink: 'https://x' }),
      texte(null),
    ]).toEqual(['4', 'Réf', 'site', '']);
  });

  it('decodes UTF-8, or Windows-1252 as French Excel writes its CSV', () => {
    expect(decoderTexte(Buffer.from('Coût;Réf', 'utf8'))).toBe('Coût;Réf');
    expect(decoderTexte(Buffer.from([0x43, 0x6f, 0xfb, 0x74, 0x3b, 0x80, 0x9c, 0x92]))).toBe('Coût;€œ’');
  });
});
