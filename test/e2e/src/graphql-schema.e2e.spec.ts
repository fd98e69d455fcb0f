import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { startTestApp, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';

const SDL = join(__dirname, '../../../docs/schema.graphql');
const HEADER = '# The GraphQL schema of the standalone app, printed from the code (a test checks it; `npm run web:codegen` rewrites it).\n\n';

/**
 * docs/schema.graphql is the contract the web application's typed documents are generated from (apps/web,
 * ADR web-application-stack): it must be the schema the server builds. `npm run web:codegen` rewrites it.
 */
describe('docs/schema.graphql is the server’s schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
  });
  afterAll(() => app.close());

  it('matches the schema the standalone app serves', () => {
    const printed = HEADER + printSchema(app.app.get(GraphQLSchemaHost).schema);
    if (process.env['UPDATE_SCHEMA'] === '1') writeFileSync(SDL, printed);
    const committed = readFileSync(SDL, 'utf8');
    if (committed !== printed) throw new Error('docs/schema.graphql differs from the server’s schema: run `npm run web:codegen` and commit the result');
  });
});
