import { lireMontant } from './montants';

describe('lireMontant', () => {
  it.each([
    ['1 712 989 €', 1_712_989_00],
    ['129 935', 129_935_00],
    ['1.053.610 €', 1_053_610_00],
    ['12 345,50 €', 12_345_50],
    ['1.234.567,89', 1_234_567_89],
    ['0', 0],
    ['2000€', 2_000_00],
    ['15,5', 15_50],
  ])('reads « %s »', (text, cents) => {
    expect(lireMontant(text)).toEqual({ ok: true, cents });
  });

  it('reads « 94.414 € » as thousands, and says so', () => {
    expect(lireMontant('94.414 €')).toEqual({ ok: true, cents: 94_414_00, avertissement: expect.stringContaining('94 414') });
  });

  it.each([['1,234'], ['1,234.56'], ['12,345']])('reports « %s » as ambiguous', (text) => {
    expect(lireMontant(text)).toMatchObject({ ok: false, code: 'AMOUNT_AMBIGUOUS' });
  });

  it('refuses an amount over the ceiling of one billion euros, and reads the ceiling itself', () => {
    expect(lireMontant('1 000 000 000,01 €')).toMatchObject({ ok: false, code: 'AMOUNT_INVALID', message: expect.stringContaining('1000000000.00 €') });
    expect(lireMontant('1 000 000 000 €')).toEqual({ ok: true, cents: 100_000_000_000 });
  });

  it.each([['abc'], ['12.3.4'], ['-500'], ['1 000 000 000 000 000 000']])('refuses « %s »', (text) => {
    expect(lireMontant(text)).toMatchObject({ ok: false, code: 'AMOUNT_INVALID' });
  });
});
