import { CsvSyntaxError, detectSeparator, parseCsv } from './csv';

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
});
