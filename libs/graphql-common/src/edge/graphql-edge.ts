import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { ParseOptions, ValidationRule } from 'graphql';
import { clientMistakesPlugin } from './client-mistakes.plugin';
import { introspectionPolicyPlugin, type IntrospectionPolicy } from './introspection-policy.plugin';
import { queryLimitRules, queryParseOptions, type QueryLimits } from './query-limits';

export interface GraphqlEdgeConfig extends QueryLimits {
  introspection: IntrospectionPolicy;
}

export interface GraphqlEdgeOptions<C extends BaseContext> {
  parseOptions: ParseOptions;
  validationRules: ValidationRule[];
  introspection: boolean;
  hideSchemaDetailsFromClientErrors: boolean;
  plugins: ApolloServerPlugin<C>[];
}

/**
 * The Apollo Server options that guard every GraphQL endpoint of the platform alike (the embedded app, each
 * subgraph and the gateway): bounded parsing and validation, the introspection policy, field suggestions hidden
 * unless the schema is public, and client mistakes answered as such. docs/security.md lists the limits.
 */
export function graphqlEdgeOptions<C extends BaseContext>(config: GraphqlEdgeConfig, isAuthenticated: (context: C) => boolean): GraphqlEdgeOptions<C> {
  return {
    parseOptions: queryParseOptions(config),
    validationRules: queryLimitRules(config),
    // Apollo's switch stays on: the policy plugin decides per caller.
    introspection: true,
    hideSchemaDetailsFromClientErrors: config.introspection !== 'public',
    plugins: [introspectionPolicyPlugin(config.introspection, isAuthenticated), clientMistakesPlugin()],
  };
}
