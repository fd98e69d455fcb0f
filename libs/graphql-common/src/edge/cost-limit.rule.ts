import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  Kind,
  type ArgumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../connection';
import { queryTooComplex } from './query-too-complex';

/**
 * Cost limit (docs/design.md §8): each field costs 1, plus its selection times the page size it asks (`first`/`last`;
 * a variable counts as its default, or as the largest page the API serves). `__typename` is free; `__schema`
 * costs the size of the whole schema and `__type` the size of the largest type, which is what they can answer:
 * aliased introspection is paid for like data.
 *
 * A fragment's cost is computed once per operation and reused wherever it is spread, so the work is linear in
 * the document's size, and a chain of fragments each spreading the next twice costs its true (exponential)
 * value without being walked exponentially.
 */
export function costLimitRule(maxCost: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = operationCost(context, operation);
      if (cost > maxCost) context.reportError(queryTooComplex(`query cost ${cost} exceeds the limit of ${maxCost}`, 'cost'));
    },
  });
}

export function operationCost(context: ValidationContext, operation: OperationDefinitionNode): number {
  const introspection = introspectionCosts(context.getSchema());
  const defaults = new Map<string, number>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) defaults.set(definition.variable.name.value, Number(definition.defaultValue.value));
  }
  const pageSize = (args: readonly ArgumentNode[] | undefined): number => {
    const page = args?.find((arg) => arg.name.value === 'first' || arg.name.value === 'last');
    if (!page) return 1;
    if (page.value.kind === Kind.INT) return Math.max(1, Number(page.value.value));
    if (page.value.kind === Kind.VARIABLE) return Math.max(1, defaults.get(page.value.name.value) ?? MAX_PAGE_SIZE);
    return 1;
  };
  const fragments = new Map<string, number>();
  const costOf = (selectionSet: SelectionSetNode): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name === '__typename') continue;
        if (name === '__schema') cost += introspection.schema;
        else if (name === '__type') cost += introspection.largestType;
        else cost += 1 + (selection.selectionSet ? pageSize(selection.arguments) * costOf(selection.selectionSet) : 0);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        cost += costOf(selection.selectionSet);
      } else {
        const name = selection.name.value;
        let fragmentCost = fragments.get(name);
        if (fragmentCost === undefined) {
          fragments.set(name, 0); // a cycle (refused by NoFragmentCyclesRule) must not loop here
          const fragment = context.getFragment(name);
          fragmentCost = fragment ? costOf(fragment.selectionSet) : 0;
          fragments.set(name, fragmentCost);
        }
        cost += fragmentCost;
      }
    }
    return cost;
  };
  return costOf(operation.selectionSet);
}

interface IntrospectionCosts {
  /** Entries of a full introspection: every type, field, argument, input field, enum value and directive. */
  schema: number;
  /** Entries of the largest single type (what `__type(name:)` can answer). */
  largestType: number;
}

const costsBySchema = new WeakMap<GraphQLSchema, IntrospectionCosts>();

function introspectionCosts(schema: GraphQLSchema): IntrospectionCosts {
  const known = costsBySchema.get(schema);
  if (known) return known;
  let total = 0;
  let largestType = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    let size = 1;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) size += 1 + field.args.length;
      size += type.getInterfaces().length;
    } else if (isInputObjectType(type)) {
      size += Object.keys(type.getFields()).length;
    } else if (isEnumType(type)) {
      size += type.getValues().length;
    } else if (isUnionType(type)) {
      size += type.getTypes().length;
    }
    total += size;
    largestType = Math.max(largestType, size);
  }
  for (const directive of schema.getDirectives()) total += 1 + directive.args.length + directive.locations.length;
  const costs = { schema: total, largestType };
  costsBySchema.set(schema, costs);
  return costs;
}
