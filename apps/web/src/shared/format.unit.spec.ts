import { centimes, formatMontant, formatPart, montantVersSaisie, saisieVersMontant, versMontant } from './format';

describe('French formats of amounts', () => {
  it('formats euros with the French group separator, cents only when there are some', () => {
    expect(formatMontant('2500000.00')).toBe('2\u202f500\u202f000\u00a0€');
    expect(formatMontant('1234.50')).toBe('1\u202f234,50\u00a0€');
    expect(formatMontant(null)).toBe('0\u00a0€');
  });

  it('reads and writes the Montant scalar exactly, in cents', () => {
    expect(centimes('1712989.07')).toBe(171298907);
    expect(centimes('-3.5')).toBe(-350);
    expect(versMontant(171298907)).toBe('1712989.07');
  });

  it('accepts what a person types and refuses what is not an amount', () => {
    expect(saisieVersMontant('4 500,50 €')).toBe('4500.50');
    expect(saisieVersMontant('4500')).toBe('4500.00');
    expect(saisieVersMontant('4,505')).toBeNull();
    expect(saisieVersMontant('-3')).toBeNull();
    expect(saisieVersMontant('abc')).toBeNull();
    expect(montantVersSaisie('4500.50')).toBe('4500,50');
  });

  it('gives shares in French percent, and a dash for a zero whole', () => {
    expect(formatPart(1, 4)).toBe('25,0\u00a0%');
    expect(formatPart(1, 0)).toBe('—');
  });
});
