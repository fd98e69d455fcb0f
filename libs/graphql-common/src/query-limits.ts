import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Depth and cost limits (DESIGN §8), as GraphQL validation rules: an over-deep or too costly query is refused
 * before any resolver runs. Cost: each field costs 1, times the page size (`first`) of the enclosing lists.
 * Introspection (`__schema`, `__type`) is not counted: the standard introspection query of every GraphQL tool
 * is 15 levels deep and bounded by the schema itself, and GRAPHQL_INTROSPECTION switches it off when needed.
 */
export function queryLimitRules(limits: { maxDepth: number; maxCost: number }) {
  return [depthLimit(limits.maxDepth), costLimit(limits.maxCost)];
}

/** Apollo re-labels validation errors GRAPHQL_VALIDATION_FAILED; `queryLimit` lets formatGraphQLError restore our code. */
function tooComplex(message: string, limit: 'depth' | 'cost'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', queryLimit: limit } });
}

function fragments(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const map = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) map.set(definition.name.value, definition);
  }
  return map;
}

function depthLimit(maxDepth: number) {
  return (context: ValidationContext): ASTVisitor => {
    const byName = fragments(context);
    const depthOf = (selectionSet: SelectionSetNode | undefined, depth: number, seen: Set<string>): number => {
      if (!selectionSet) return depth;
      let deepest = depth;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth + 1, seen));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, depth, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = byName.get(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, depth, new Set([...seen, selection.name.value])));
        }
      }
      return deepest;
    };
    return {
      OperationDefinition(operation) {
        const depth = depthOf(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) context.reportError(tooComplex(`query depth ${depth} exceeds the limit of ${maxDepth}`, 'depth'));
      },
    };
  };
}

function costLimit(maxCost: number) {
  return (context: ValidationContext): ASTVisitor => {
    const byName = fragments(context);
    const variables = new Map<string, number>();
    const multiplier = (args: readonly { name: { value: string }; value: { kind: string; value?: string; name?: { value: string } } }[] | undefined) => {
      const first = args?.find((arg) => arg.name.value === 'first');
      if (!first) return 1;
      if (first.value.kind === Kind.INT) return Math.max(1, Number(first.value.value));
      if (first.value.kind === Kind.VARIABLE) return variables.get(first.value.name?.value ?? '') ?? 50;
      return 1;
    };
    const costOf = (selectionSet: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!selectionSet) return 0;
      let cost = 0;
      for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          cost += 1 + multiplier(selection.arguments as never) * costOf(selection.selectionSet, seen);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          cost += costOf(selection.selectionSet, seen);
        } else if (!seen.has(selection.name.value)) {
          cost += costOf(byName.get(selection.name.value)?.selectionSet, new Set([...seen, selection.name.value]));
        }
      }
      return cost;
    };
    return {
      OperationDefinition(operation) {
        for (const definition of operation.variableDefinitions ?? []) {
          if (definition.defaultValue?.kind === Kind.INT) variables.set(definition.variable.name.value, Number(definition.defaultValue.value));
        }
        const cost = costOf(operation.selectionSet, new Set());
        if (cost > maxCost) context.reportError(tooComplex(`query cost ${cost} exceeds the limit of ${maxCost}`, 'cost'));
      },
    };
  };
}
