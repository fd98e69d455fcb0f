import { contentDisposition, nomDeFichier, NomDeFichierRefuse } from './nom-fichier';

describe('file names', () => {
  it('keep the name as the porteur gave it, in NFC with its spaces tidied', () => {
    expect(nomDeFichier('Budget prévisionnel 2024.xlsx')).toBe('Budget prévisionnel 2024.xlsx');
    expect(nomDeFichier('Budget pre\u0301visionnel.xlsx')).toBe('Budget prévisionnel.xlsx');
    expect(nomDeFichier('  RIB  Crédit\u00a0Mutuel.pdf ')).toBe('RIB Crédit Mutuel.pdf');
    expect(nomDeFichier('statuts (version signée) ; 2023.pdf')).toBe('statuts (version signée) ; 2023.pdf');
  });

  it.each([
    ['no name', undefined],
    ['a blank name', '   '],
    ['a relative path', '../../etc/passwd'],
    ['a folder and a name', 'documents/rib.pdf'],
    ['a Windows path', 'C:\\Users\\asso\\rib.pdf'],
    ['a drive-relative name', 'C:rib.pdf'],
    ['dots only', '..'],
    ['a NUL byte', 'rib.pdf\u0000.exe'],
    ['a new line', 'rib\n.pdf'],
    ['a tab', 'rib\t.pdf'],
    ['a right-to-left override', 'facture\u202efdp.exe'],
    ['an isolate', 'rib\u2067.pdf'],
    ['a name too long', `${'a'.repeat(252)}.pdf`],
  ])('refuse %s (INVALID_FILENAME)', (_case, name) => {
    expect(() => nomDeFichier(name)).toThrow(NomDeFichierRefuse);
    try {
      nomDeFichier(name);
    } catch (error) {
      expect((error as NomDeFichierRefuse).code).toBe('INVALID_FILENAME');
    }
  });

  it('give the name back in Content-Disposition, safely: an ASCII fallback and the exact UTF-8 name', () => {
    expect(contentDisposition('Budget prévisionnel 2024.xlsx')).toBe(
      `attachment; filename="Budget previsionnel 2024.xlsx"; filename*=UTF-8''Budget%20pr%C3%A9visionnel%202024.xlsx`,
    );
    expect(contentDisposition('a"b\\c%d;e.pdf')).toBe(`attachment; filename="a_b_c_d;e.pdf"; filename*=UTF-8''a%22b%5Cc%25d%3Be.pdf`);
    expect(contentDisposition("l'état (2).pdf")).toBe(`attachment; filename="l'etat (2).pdf"; filename*=UTF-8''l%27%C3%A9tat%20%282%29.pdf`);
    expect(contentDisposition('収支予算書.pdf')).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''%E5%8F%8E%E6%94%AF%E4%BA%88%E7%AE%97%E6%9B%B8.pdf`);
  });
});
