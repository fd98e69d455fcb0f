/** Introspection shapes, just what minimalOperation needs. */
export interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface FieldInfo {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
export interface IntrospectedSchema {
  __schema: {
    queryType: { fields: FieldInfo[] };
    mutationType: { fields: FieldInfo[] } | null;
    types: { kind: string; name: string; inputFields: { name: string; type: TypeRef }[] | null; enumValues: { name: string }[] | null }[];
  };
}

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

/** The introspection query that gives minimalOperation and batchedOperation what they need. */
export const SCHEMA_FOR_OPERATIONS = `{
  __schema {
    queryType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
    mutationType { fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } } }
    types { kind name inputFields { name type { ${TYPE_REF} } } enumValues { name } }
  }
}`;

/** Valid values for the scalars of the contract, so that a generated call passes GraphQL validation. */
const SCALARS: Record<string, unknown> = {
  String: 'x',
  ID: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Montant: '1.00',
  Date: '2024-01-01',
  DateTime: '2024-01-01T00:00:00Z',
  CodeQpv: 'QP059012',
  Siret: '73282932000074',
};

/**
 * The smallest valid call of a root field: required arguments filled with valid values of their types, and a
 * selection of `__typename`. Used to call every operation with every role.
 */
export function minimalOperation(schema: IntrospectedSchema, kind: 'Query' | 'Mutation', name: string): { query: string; variables: Record<string, unknown> } {
  const root = kind === 'Query' ? schema.__schema.queryType : schema.__schema.mutationType;
  const field = root?.fields.find((candidate) => candidate.name === name);
  if (!field) throw new Error(`${kind}.${name} is not in the schema`);
  const required = field.args.filter((arg) => arg.type.kind === 'NON_NULL');
  const variables = Object.fromEntries(required.map((arg) => [arg.name, valueOf(schema, arg.type)]));
  const declarations = required.map((arg) => `$${arg.name}: ${typeText(arg.type)}`).join(', ');
  const args = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeaf(schema, field.type) ? '' : ' { __typename }';
  const query = `${kind === 'Query' ? 'query' : 'mutation'}${declarations ? `(${declarations})` : ''} { ${name}${args ? `(${args})` : ''}${selection} }`;
  return { query, variables };
}

function named(type: TypeRef): TypeRef {
  return type.ofType ? named(type.ofType) : type;
}

function isLeaf(schema: IntrospectedSchema, type: TypeRef): boolean {
  const kind = schema.__schema.types.find((candidate) => candidate.name === named(type).name)?.kind;
  return kind === 'SCALAR' || kind === 'ENUM';
}

function typeText(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeText(type.ofType as TypeRef)}!`;
  if (type.kind === 'LIST') return `[${typeText(type.ofType as TypeRef)}]`;
  return type.name as string;
}

function valueOf(schema: IntrospectedSchema, type: TypeRef): unknown {
  if (type.kind === 'NON_NULL') return valueOf(schema, type.ofType as TypeRef);
  if (type.kind === 'LIST') return [];
  const definition = schema.__schema.types.find((candidate) => candidate.name === type.name);
  if (definition?.kind === 'ENUM') return definition.enumValues?.[0]?.name;
  if (definition?.kind === 'INPUT_OBJECT') {
    return Object.fromEntries(
      (definition.inputFields ?? []).filter((input) => input.type.kind === 'NON_NULL').map((input) => [input.name, valueOf(schema, input.type)]),
    );
  }
  if (!((type.name as string) in SCALARS)) throw new Error(`no sample value for scalar ${type.name}`);
  return SCALARS[type.name as string];
}

/**
 * Several root fields in one document, each under its own alias (`f0`, `f1`…) with its own variables: what a
 * client batching its calls sends, and what shows whether each field is decided on its own.
 */
export function batchedOperation(
  schema: IntrospectedSchema,
  kind: 'Query' | 'Mutation',
  names: readonly string[],
): { query: string; variables: Record<string, unknown>; aliases: string[] } {
  const root = kind === 'Query' ? schema.__schema.queryType : schema.__schema.mutationType;
  const declarations: string[] = [];
  const selections: string[] = [];
  const variables: Record<string, unknown> = {};
  const aliases = names.map((_name, index) => `f${index}`);
  names.forEach((name, index) => {
    const field = root?.fields.find((candidate) => candidate.name === name);
    if (!field) throw new Error(`${kind}.${name} is not in the schema`);
    const alias = aliases[index];
    const required = field.args.filter((arg) => arg.type.kind === 'NON_NULL');
    for (const arg of required) {
      declarations.push(`$${alias}_${arg.name}: ${typeText(arg.type)}`);
      variables[`${alias}_${arg.name}`] = valueOf(schema, arg.type);
    }
    const args = required.map((arg) => `${arg.name}: $${alias}_${arg.name}`).join(', ');
    selections.push(`${alias}: ${name}${args ? `(${args})` : ''}${isLeaf(schema, field.type) ? '' : ' { __typename }'}`);
  });
  const query = `${kind === 'Query' ? 'query' : 'mutation'}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${selections.join(' ')} }`;
  return { query, variables, aliases };
}
