import { addCents, compareCents, euros, exactSum, formatMontant, MONTANT_MAX, parseMontant, subtractCents, SUM_SPLIT } from './money';

describe('money: cents, the ceiling and exact sums', () => {
  it('formats cents and bigints beyond 2^53 exactly', () => {
    expect(formatMontant(171298900)).toBe('1712989.00');
    expect(formatMontant(-5)).toBe('-0.05');
    expect(formatMontant(2n ** 60n + 7n)).toBe('11529215046068469.83');
    expect(euros(3_100_000)).toBe('31000.00 €');
    expect(() => formatMontant(Number.MAX_SAFE_INTEGER * 2)).toThrow(RangeError);
  });

  it('the ceiling is one billion euros', () => {
    expect(formatMontant(MONTANT_MAX)).toBe('1000000000.00');
    expect(parseMontant('1000000000.00')).toBe(MONTANT_MAX);
  });

  it('adds, subtracts and compares without losing a cent past 2^53', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(addCents(1, 2)).toBe(3);
    expect(addCents(max, max)).toBe(2n * BigInt(max));
    expect(subtractCents(addCents(max, max), max)).toBe(max);
    expect(compareCents(addCents(max, 1), max)).toBe(1);
    expect(compareCents(3, 5)).toBeLessThan(0);
  });

  it('puts split partial sums back together exactly where a plain sum of doubles rounds', () => {
    const amounts = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 3];
    const plain = amounts.reduce((sum, amount) => sum + amount, 0);
    const low = amounts.reduce((sum, amount) => sum + (amount % SUM_SPLIT), 0);
    const high = amounts.reduce((sum, amount) => sum + (amount - (amount % SUM_SPLIT)) / SUM_SPLIT, 0);
    const exact = 2n * BigInt(Number.MAX_SAFE_INTEGER) + 3n;
    expect(BigInt(plain)).not.toBe(exact);
    expect(exactSum(high, low)).toBe(exact);
    expect(exactSum(0, 12)).toBe(12);
  });
});
