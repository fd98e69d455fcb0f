import { buildSchema, getIntrospectionQuery, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';
import { queryLimitRules, queryParseOptions, type QueryLimits } from './query-limits';
import { hostile } from '@cdv/testing';

const SCHEMA = buildSchema(`
  type Query { version: Version, partenaire(id: ID!): Partenaire, qpvs(first: Int, after: String): QpvConnection }
  type Version { app: String, version: String }
  type Partenaire { id: ID!, nom: String, associationPorteuse: Partenaire, conseilsPortes: [Partenaire!]! }
  type QpvConnection { edges: [QpvEdge!]!, totalCount: Int! }
  type QpvEdge { cursor: String!, node: Qpv! }
  type Qpv { id: ID!, nom: String, code: String }
`);

const LIMITS: QueryLimits = { maxTokens: 5000, maxDepth: 12, maxCost: 20000, maxAliases: 30, maxDirectives: 50, maxFragments: 100, maxFragmentSpreads: 200 };

/**
 * Validates with the limit rules only, over a document whose every selection set counts the reads of its
 * `selections`: whatever the rules' implementation, walking a fragment again for each spread shows as reads
 * growing with the number of spreads rather than with the size of the document (no timing involved).
 */
function validateCounting(source: string, limits: QueryLimits = LIMITS): { errors: readonly GraphQLError[]; reads: number; selectionSets: number } {
  const document = parse(source, queryParseOptions(limits));
  let reads = 0;
  let selectionSets = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = <T>(value: T): T => {
    if (typeof value !== 'object' || value === null) return value;
    const known = proxies.get(value);
    if (known) return known as T;
    if ((value as { kind?: string }).kind === 'SelectionSet') selectionSets += 1;
    const proxy = new Proxy(value, {
      get(target, property, receiver) {
        if (property === 'selections') reads += 1;
        return wrap(Reflect.get(target, property, receiver));
      },
    });
    proxies.set(value, proxy);
    return proxy as T;
  };
  const counted = wrap(document) as DocumentNode;
  reads = 0;
  const errors = validate(SCHEMA, counted, queryLimitRules(limits));
  return { errors, reads, selectionSets };
}

const codes = (errors: readonly GraphQLError[]) => errors.map((error) => `${error.extensions.code}:${error.extensions.queryLimit}`);

describe('query limits', () => {
  describe('given a chain of fragments, each spreading the next twice (exponential when expanded)', () => {
    it.each([21, 40, 60])('a %i-level chain is refused on its cost after reading each selection set a bounded number of times', (levels) => {
      const { errors, reads, selectionSets } = validateCounting(hostile.flatFragmentChain(levels));
      expect(codes(errors)).toEqual(['QUERY_TOO_COMPLEX:cost']);
      expect(reads).toBeLessThanOrEqual(10 * selectionSets);
    });

    it.each([21, 40])('a %i-level chain through nested fields is refused on its depth and cost, in linear work', (levels) => {
      const { errors, reads, selectionSets } = validateCounting(hostile.nestedFragmentChain(levels));
      expect(codes(errors).sort()).toEqual(['QUERY_TOO_COMPLEX:cost', 'QUERY_TOO_COMPLEX:depth']);
      expect(reads).toBeLessThanOrEqual(10 * selectionSets);
    });

    it('the 21-level chain of the probe fits in 872 bytes: size limits alone would not stop it', () => {
      expect(hostile.flatFragmentChain(21).length).toBeLessThanOrEqual(872);
    });
  });

  describe('given introspection', () => {
    it('counts `__schema` at the size of the schema: 200 aliased copies are refused on cost as well as aliases', () => {
      expect(codes(validateCounting(hostile.aliasedSchemas(200)).errors).sort()).toEqual(['QUERY_TOO_COMPLEX:aliases', 'QUERY_TOO_COMPLEX:cost']);
      const { errors } = validateCounting(hostile.aliasedSchemas(200), { ...LIMITS, maxAliases: 1000 });
      expect(codes(errors)).toEqual(['QUERY_TOO_COMPLEX:cost']);
    });

    it('1 200 aliased copies are stopped by the parser, before any rule reads them', () => {
      expect(() => parse(hostile.aliasedSchemas(1200), queryParseOptions(LIMITS))).toThrow(/Document contains more tha[nt] 5000 tokens/);
    });

    it('lets the introspection query of GraphQL tools through', () => {
      expect(validateCounting(getIntrospectionQuery()).errors).toEqual([]);
    });
  });

  describe('given ordinary queries', () => {
    it('accepts what the API is for', () => {
      const { errors } = validateCounting(`query($n: Int = 50) { version { app } qpvs(first: $n) { totalCount edges { node { ...Q } } } }
        fragment Q on Qpv { id nom code }`);
      expect(errors).toEqual([]);
    });

    it('prices a page size given by a variable at its default, or at the largest page the API serves', () => {
      const page = (declaration: string) =>
        `query(${declaration}) { qpvs(first: $n) { edges { node { id nom code a: id b: nom c: code d: id e: nom f: code g: id h: nom i: code j: id k: nom l: code m: id o: nom p: code q: id r: nom s: code t: id u: nom v: code w: id x: nom y: code z: id } } } }`;
      const limits = { ...LIMITS, maxCost: 5000 };
      expect(validateCounting(page('$n: Int = 50'), limits).errors).toEqual([]);
      expect(codes(validateCounting(page('$n: Int'), limits).errors)).toEqual(['QUERY_TOO_COMPLEX:cost']);
    });

    it('counts depth in fields, not in the fragments that carry them', () => {
      const nested = (levels: number) =>
        `{ partenaire(id: "x") { ...P } } fragment P on Partenaire { ${'associationPorteuse { '.repeat(levels)}id${' }'.repeat(levels)} }`;
      expect(validateCounting(nested(10)).errors).toEqual([]);
      expect(codes(validateCounting(nested(11)).errors)).toEqual(['QUERY_TOO_COMPLEX:depth']);
    });
  });

  describe('refuses, each with its limit named', () => {
    it.each([
      ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `v${i}: version { app }`).join(' ')} }`],
      ['directives', `{ version { ${Array.from({ length: 51 }, () => 'app @include(if: true)').join(' ')} } }`],
      ['fragments', `{ version { ...V0 } } ${Array.from({ length: 101 }, (_, i) => `fragment V${i} on Version { app }`).join(' ')}`],
      ['spreads', `{ version { ${'...V '.repeat(201)} } } fragment V on Version { app }`],
    ])('too many %s', (limit, source) => {
      expect(codes(validateCounting(source).errors)).toContain(`QUERY_TOO_COMPLEX:${limit}`);
    });

    it('but not one less', () => {
      expect(validateCounting(`{ ${Array.from({ length: 30 }, (_, i) => `v${i}: version { app }`).join(' ')} }`).errors).toEqual([]);
    });
  });
});
