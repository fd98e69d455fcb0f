import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildClientSchema, getIntrospectionQuery, parse, validate, type IntrospectionQuery } from 'graphql';
import { startTestApp, type TestApp } from '@cdv/app-harness';
import { StandaloneModule } from '@cdv/topologies';

/** The GraphQL examples of the docs stay valid against the schema the code serves. */
describe('documentation examples', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('standalone', StandaloneModule.forRoot);
  });
  afterAll(() => app.close());

  const root = join(__dirname, '../../..');
  const blocks = ['docs/api.md', 'docs/exports.md', 'README.md'].flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((match, index) => ({
      name: `${file} #${index + 1}`,
      source: match[1],
    })),
  );
  const curlQueries = [...readFileSync(join(root, 'README.md'), 'utf8').matchAll(/"query":"((?:[^"\\]|\\.)*)"/g)].map((match, index) => ({
    name: `README.md curl #${index + 1}`,
    source: JSON.parse(`"${match[1]}"`) as string,
  }));

  it.each([...blocks, ...curlQueries].map((block) => [block.name, block.source]))('%s is valid', async (_name, source) => {
    // Introspection answers callers with a token (GRAPHQL_INTROSPECTION=authenticated, the default).
    const introspection = await (await app.clientFor('cahc', 'lecteur')).ok<IntrospectionQuery>(getIntrospectionQuery());
    const errors = validate(buildClientSchema(introspection), parse(source));
    expect(errors.map((error) => error.message)).toEqual([]);
  });
});
