import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { GraphQLArmorRejectCallback } from '@escape.tech/graphql-armor-types';
import type { ParseOptions, ValidationRule } from 'graphql';
import { costLimitRule } from './cost-limit.rule';
import { documentSizeRule } from './document-size.rule';
import { queryTooComplex, type QueryLimit } from './query-too-complex';

/** The limits a GraphQL document must stay within (docs/security.md, "Limits"; GRAPHQL_MAX_* variables). */
export interface QueryLimits {
  maxTokens: number;
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxFragments: number;
  maxFragmentSpreads: number;
}

/**
 * The parser stops at `maxTokens` (graphql-js's own `maxTokens`), so an oversized document costs no more than
 * that to refuse, before any validation rule walks it.
 */
export function queryParseOptions(limits: Pick<QueryLimits, 'maxTokens'>): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/**
 * Validation rules bounding what a document may ask, each linear in the document's size (a fragment is walked
 * once however often it is spread): depth, aliases and directives from graphql-armor, cost and the fragment
 * counts of our own (ADR docs/adr/0019-graphql-edge-limits-and-roles-per-field.md says why).
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const reject =
    (limit: QueryLimit): GraphQLArmorRejectCallback =>
    (context, error) =>
      context?.reportError(queryTooComplex(error.message.replace(/^Syntax Error: /, ''), limit));
  const armor = (limit: QueryLimit) => ({ exposeLimits: true, propagateOnRejection: false, onReject: [reject(limit)] });
  return [
    documentSizeRule({ maxFragments: limits.maxFragments, maxSpreads: limits.maxFragmentSpreads }),
    // Fields only count as levels, not the fragments around them; `__schema` is bounded by graphql-js's own
    // MaxIntrospectionDepthRule and by the cost, so the introspection query of every GraphQL tool passes.
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...armor('depth') }) as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, ...armor('aliases') }) as ValidationRule,
    maxDirectivesRule({ n: limits.maxDirectives, ...armor('directives') }) as ValidationRule,
    costLimitRule(limits.maxCost),
  ];
}
