import { estSiretValide } from '@cdv/shared-kernel';
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatMontant, isCalendarDate, MONTANT_MAX, parseInstant, parseMontant, YEAR_MAX, YEAR_MIN, type CentsSum } from '@cdv/eventsourcing';

/**
 * Scalars of the contract (docs/design.md §8). Each refuses malformed values with VALIDATION_FAILED (never a crash),
 * and names what it expected, so that a frontend developer can fix the call.
 */
function invalid(scalar: string, expected: string, value: unknown): GraphQLError {
  return new GraphQLError(`${scalar}: ${JSON.stringify(value)} is not valid; expected ${expected}`, {
    extensions: { code: 'VALIDATION_FAILED', field: scalar },
  });
}

function stringScalar(name: string, description: string, expected: string, check: (value: string) => string | null) {
  const parse = (value: unknown) => {
    if (typeof value !== 'string') throw invalid(name, expected, value);
    const parsed = check(value);
    if (parsed === null) throw invalid(name, expected, value);
    return parsed;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => {
      if (ast.kind !== Kind.STRING) throw invalid(name, expected, ast.kind);
      return parse(ast.value);
    },
  });
}

const MONTANT_EXPECTED = `a decimal string such as "1712989.00", at most ${formatMontant(MONTANT_MAX)} in absolute value`;

function parseMontantInput(value: unknown): number {
  const cents = typeof value === 'string' ? parseMontant(value) : null;
  if (cents === null) throw invalid('Montant', MONTANT_EXPECTED, value);
  if (Math.abs(cents) > MONTANT_MAX) {
    throw new GraphQLError(`Montant: ${JSON.stringify(value)} is over the ceiling of ${formatMontant(MONTANT_MAX)} € for one amount (docs/api.md « Limits »)`, {
      extensions: { code: 'VALIDATION_FAILED', field: 'Montant', max: formatMontant(MONTANT_MAX) },
    });
  }
  return cents;
}

/**
 * Money: a decimal string of euros in GraphQL ("1712989.00"), integer cents inside. An input is at most MONTANT_MAX;
 * an output may be a sum beyond 2^53 cents (a bigint), written exactly.
 */
export const MontantScalar = new GraphQLScalarType<number, string>({
  name: 'Montant',
  description: `An amount in euros as a decimal string with at most two decimals, e.g. "1712989.00". Never a float. Inputs: at most ${formatMontant(MONTANT_MAX)}.`,
  serialize: (value) => formatMontant(value as CentsSum),
  parseValue: parseMontantInput,
  parseLiteral: (ast) => parseMontantInput(ast.kind === Kind.STRING ? ast.value : ast.kind),
});

export const DateScalar = stringScalar(
  'Date',
  `A calendar date, ISO 8601 (YYYY-MM-DD), that exists, in the years ${YEAR_MIN}–${YEAR_MAX}.`,
  `YYYY-MM-DD, a day that exists, years ${YEAR_MIN}–${YEAR_MAX}`,
  (value) => (isCalendarDate(value) ? value : null),
);

export const DateTimeScalar = stringScalar(
  'DateTime',
  `An instant, ISO 8601 with a time zone (e.g. 2024-03-01T09:00:00Z), in the years ${YEAR_MIN}–${YEAR_MAX}, returned in UTC.`,
  `an ISO 8601 instant with time zone whose date and time exist, years ${YEAR_MIN}–${YEAR_MAX}`,
  parseInstant,
);

export const CodeQpvScalar = stringScalar(
  'CodeQpv',
  'Official QPV code: 2015 geography "QP" + 6 digits (QP059012), 2024 geography "QN" + 6 characters (QN05901M).',
  'QP + 6 digits or QN + 5 digits + 1 letter or digit',
  (value) => (/^QP\d{6}$/.test(value) || /^QN\d{5}[0-9A-Z]$/.test(value) ? value : null),
);

export const SiretScalar = stringScalar(
  'Siret',
  'A SIRET number: 14 digits passing the Luhn check (not all zeros).',
  '14 digits passing the Luhn check',
  (value) => {
    const digits = value.replace(/\s/g, '');
    return estSiretValide(digits) ? digits : null;
  },
);

/** Any JSON value (event payloads, state diffs): returned as is; not accepted as input. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (event payloads and diffs), as recorded.',
  serialize: (value) => value,
  parseValue: () => {
    throw invalid('JSON', 'no JSON input: this scalar is output only', 'input');
  },
  parseLiteral: () => {
    throw invalid('JSON', 'no JSON input: this scalar is output only', 'input');
  },
});
