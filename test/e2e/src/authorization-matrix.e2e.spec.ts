import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { USER_ROLES } from '@cdv/auth';
import { startTestApp, type TestApp } from '@cdv/app-harness';
import { MATRIX_BEGIN, MATRIX_END, renderSecurityMatrix, securityMatrix, StandaloneModule, type OperationAccess } from '@cdv/topologies';
import { minimalOperation, SCHEMA_FOR_OPERATIONS, type IntrospectedSchema } from './support/minimal-operation';

const DOC = join(__dirname, '../../../docs/security.md');

describe('authorisation: the role × operation matrix', () => {
  let app: TestApp;
  let matrix: OperationAccess[];
  let schema: IntrospectedSchema;
  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
    matrix = securityMatrix();
    schema = await (await app.clientFor('matrix-test', 'lecteur')).ok<IntrospectedSchema>(SCHEMA_FOR_OPERATIONS);
  });
  afterAll(() => app.close());

  it('docs/security.md shows the matrix of the code (npm run docs:security regenerates it)', () => {
    const doc = readFileSync(DOC, 'utf8');
    const rendered = renderSecurityMatrix(matrix);
    const start = doc.indexOf(MATRIX_BEGIN);
    const current = start < 0 ? '' : doc.slice(start, doc.indexOf(MATRIX_END) + MATRIX_END.length);
    if (process.env.UPDATE_SECURITY_DOC === '1') {
      writeFileSync(DOC, start < 0 ? `${doc.trimEnd()}\n\n${rendered}\n` : doc.replace(current, rendered));
      return;
    }
    expect(current).toBe(rendered);
  });

  it('every root field of the schema is in the matrix and open to someone; auditeurs write nothing', () => {
    const fields = [...schema.__schema.queryType.fields, ...(schema.__schema.mutationType?.fields ?? [])].map((field) => field.name);
    const known = new Set(matrix.map((row) => row.name));
    expect(fields.filter((name) => !name.startsWith('_') && !known.has(name))).toEqual([]);
    expect(matrix.filter((row) => row.roles.length === 0).map((row) => row.name)).toEqual([]);
    expect(matrix.filter((row) => row.kind === 'Mutation' && row.roles.includes('auditeur')).map((row) => row.name)).toEqual([]);
  });

  it('every operation, with a token of one workspace naming another, is refused with TENANT_MISMATCH and no data', async () => {
    const token = await app.token('matrix-test', 'admin');
    const wrong: string[] = [];
    for (const row of matrix.filter((candidate) => !candidate.public)) {
      const operation = minimalOperation(schema, row.kind, row.name);
      const response = await app.client.as(token, 'other-tenant').request(operation.query, operation.variables);
      const data = response.data as Record<string, unknown> | null | undefined;
      if (response.errors?.[0]?.extensions?.code !== 'TENANT_MISMATCH' || (data && data[row.name] !== null && data[row.name] !== undefined)) {
        wrong.push(`${row.name}: ${JSON.stringify(response.errors?.[0]?.extensions?.code ?? data)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('every operation, called with every role, is let through or refused as the matrix says', async () => {
    const mismatches: string[] = [];
    for (const row of matrix.filter((candidate) => !candidate.public)) {
      const operation = minimalOperation(schema, row.kind, row.name);
      for (const role of USER_ROLES) {
        const client = await app.clientFor('matrix-test', role, 'org-matrix');
        const response = await client.request(operation.query, operation.variables);
        const refusedByRole = (response.errors ?? []).some((error) => error.extensions?.code === 'FORBIDDEN' && Array.isArray(error.extensions?.permitted));
        const invalid = (response.errors ?? []).find((error) => error.extensions?.code === 'VALIDATION_FAILED' && error.extensions?.reason);
        if (invalid) mismatches.push(`${row.name}: the generated call is invalid: ${invalid.message}`);
        if (refusedByRole === row.roles.includes(role)) mismatches.push(`${row.name} as ${role}: ${refusedByRole ? 'refused' : 'let through'}`);
      }
    }
    expect(mismatches).toEqual([]);
  }, 120_000);
});
