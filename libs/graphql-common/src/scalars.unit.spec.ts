import { GraphQLError, Kind } from 'graphql';
import { DateScalar, DateTimeScalar, MontantScalar, SiretScalar } from './scalars';

const refused = (parse: () => unknown) => {
  try {
    parse();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return (error as GraphQLError).extensions;
  }
  throw new Error('expected a VALIDATION_FAILED');
};

describe('scalars refuse what cannot be true', () => {
  it('Montant: up to the ceiling of one billion euros, written exactly even beyond 2^53 cents', () => {
    expect(MontantScalar.parseValue('1000000000.00')).toBe(100_000_000_000);
    expect(refused(() => MontantScalar.parseValue('1000000000.01'))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'Montant', max: '1000000000.00' });
    expect(refused(() => MontantScalar.parseLiteral({ kind: Kind.STRING, value: '90071992547409.91' }))).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(refused(() => MontantScalar.parseValue(12.5))).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(MontantScalar.serialize(2n ** 54n)).toBe('180143985094819.84');
  });

  it('DateTime: no 30 February, no year 0000 or 9999', () => {
    expect(DateTimeScalar.parseValue('2025-02-28T00:00Z')).toBe('2025-02-28T00:00:00.000Z');
    for (const value of ['2025-02-30T00:00Z', '0000-01-01T00:00:00Z', '9999-12-31T00:00:00Z', '2024-03-01T25:00Z']) {
      expect(refused(() => DateTimeScalar.parseValue(value))).toMatchObject({ code: 'VALIDATION_FAILED', field: 'DateTime' });
    }
  });

  it('Date: a day that exists in 1900–2100', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    for (const value of ['2023-02-29', '0000-01-01', '9999-12-31']) expect(refused(() => DateScalar.parseValue(value))).toMatchObject({ field: 'Date' });
  });

  it('Siret: Luhn, and never all zeros', () => {
    expect(SiretScalar.parseValue('356 000 000 00048')).toBe('35600000000048');
    expect(SiretScalar.parseValue('73282932000074')).toBe('73282932000074');
    for (const value of ['00000000000000', '73282932000075', '1234']) expect(refused(() => SiretScalar.parseValue(value))).toMatchObject({ field: 'Siret' });
  });
});
