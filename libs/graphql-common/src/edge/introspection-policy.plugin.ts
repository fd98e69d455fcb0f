import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, GraphQLError, visit, type DocumentNode } from 'graphql';

/** Who may introspect the schema (GRAPHQL_INTROSPECTION, docs/adr/0019-graphql-edge-limits-and-roles-per-field.md). */
export type IntrospectionPolicy = 'public' | 'authenticated' | 'off';

/**
 * Answers `__schema` and `__type` to anyone (`public`), to callers whose token was verified (`authenticated`), or
 * to nobody (`off`). Apollo's own switch is all-or-nothing; this check runs once the operation is known, after
 * the cost rule has priced what the introspection would return. `__typename` is not introspection.
 */
export function introspectionPolicyPlugin<C extends BaseContext>(policy: IntrospectionPolicy, isAuthenticated: (context: C) => boolean): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (policy === 'public' || !asksIntrospection(document)) return;
          if (policy === 'off') {
            throw new GraphQLError('schema introspection is off on this server (GRAPHQL_INTROSPECTION=off): the schema is in docs/api.md', {
              extensions: { code: 'FORBIDDEN', http: { status: 403 } },
            });
          }
          if (!isAuthenticated(contextValue)) {
            throw new GraphQLError('schema introspection needs a valid token: send "Authorization: Bearer <token>" (GRAPHQL_INTROSPECTION=authenticated)', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
            });
          }
        },
      };
    },
  };
}

function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(field) {
      if (field.name.value === '__schema' || field.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
