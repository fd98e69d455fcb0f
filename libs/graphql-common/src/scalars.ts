import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { formatMontant, parseMontant } from '@cdv/eventsourcing';

/**
 * Scalars of the contract (DESIGN §8). Each refuses malformed values with VALIDATION_FAILED (never a crash),
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

/** Money: a decimal string of euros in GraphQL ("1712989.00"), integer cents inside. */
export const MontantScalar = new GraphQLScalarType<number, string>({
  name: 'Montant',
  description: 'An amount in euros as a decimal string with at most two decimals, e.g. "1712989.00". Never a float.',
  serialize: (value) => formatMontant(value as number),
  parseValue: (value) => {
    const cents = typeof value === 'string' ? parseMontant(value) : null;
    if (cents === null) throw invalid('Montant', 'a decimal string such as "1712989.00"', value);
    return cents;
  },
  parseLiteral: (ast) => {
    const cents = ast.kind === Kind.STRING ? parseMontant(ast.value) : null;
    if (cents === null) throw invalid('Montant', 'a decimal string such as "1712989.00"', ast.kind === Kind.STRING ? ast.value : ast.kind);
    return cents;
  },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DateScalar = stringScalar('Date', 'A calendar date, ISO 8601 (YYYY-MM-DD).', 'YYYY-MM-DD', (value) => {
  if (!ISO_DATE.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : value;
});

export const DateTimeScalar = stringScalar(
  'DateTime',
  'An instant, ISO 8601 with a time zone (e.g. 2024-03-01T09:00:00Z), returned in UTC.',
  'an ISO 8601 instant with time zone',
  (value) => {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return null;
    const time = Date.parse(value);
    return Number.isNaN(time) ? null : new Date(time).toISOString();
  },
);

export const CodeQpvScalar = stringScalar(
  'CodeQpv',
  'Official QPV code: 2015 geography "QP" + 6 digits (QP059012), 2024 geography "QN" + 6 characters (QN05901M).',
  'QP + 6 digits or QN + 5 digits + 1 letter or digit',
  (value) => (/^QP\d{6}$/.test(value) || /^QN\d{5}[0-9A-Z]$/.test(value) ? value : null),
);

export const SiretScalar = stringScalar('Siret', 'A SIRET number: 14 digits passing the Luhn check.', '14 digits (Luhn)', (value) => {
  const digits = value.replace(/\s/g, '');
  return /^\d{14}$/.test(digits) && (luhn(digits) || isLaPoste(digits)) ? digits : null;
});

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments (SIREN 356000000) use a digit-sum rule instead of Luhn. */
function isLaPoste(digits: string): boolean {
  return digits.startsWith('356000000') && [...digits].reduce((sum, digit) => sum + Number(digit), 0) % 5 === 0;
}

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
