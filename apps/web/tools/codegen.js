#!/usr/bin/env node
// Generates the typed GraphQL documents of the web application (apps/web/src/gql) from docs/schema.graphql and
// the `graphql(...)` documents in apps/web/src. `--check` writes nothing and fails when a document does not
// match the schema (codegen validates every document) or when the committed files differ from what it generates.
// Both modes fail when a document uses a deprecated field, argument or enum value (usages-deprecies.js).
const fs = require('node:fs');
const path = require('node:path');
const { generate } = require('@graphql-codegen/cli');
const { buildSchema } = require('graphql');
const { sourcesDuWeb, usagesDeprecies } = require('./usages-deprecies');

const root = path.resolve(__dirname, '../../..');
const outDir = path.join(root, 'apps/web/src/gql');

const config = {
  cwd: root,
  schema: 'docs/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**', '!apps/web/src/**/*.spec.ts'],
  ignoreNoDocuments: false,
  silent: true,
  errorsOnly: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        scalars: { Montant: 'string', Date: 'string', DateTime: 'string', CodeQpv: 'string', Siret: 'string', JSON: 'unknown', _Any: 'unknown' },
      },
    },
  },
};

async function main() {
  const check = process.argv.includes('--check');
  const files = await generate(config, false);
  const schema = buildSchema(fs.readFileSync(path.join(root, config.schema), 'utf8'));
  const deprecies = usagesDeprecies(schema, sourcesDuWeb(path.join(root, 'apps/web/src')));
  if (deprecies.length > 0) {
    console.error(`web codegen: ${deprecies.length} use(s) of deprecated schema names in the web documents${check ? '' : ' (nothing written)'}:`);
    for (const usage of deprecies) console.error(`  ${path.relative(root, usage.fichier)}:${usage.ligne} ${usage.document}: ${usage.message}`);
    console.error('Use the names the deprecation reasons give (docs/schema.graphql), then run `npm run web:codegen`.');
    process.exit(1);
  }
  const expected = new Map(files.map((file) => [path.resolve(root, file.filename), file.content]));
  if (!check) {
    fs.rmSync(outDir, { recursive: true, force: true });
    for (const [file, content] of expected) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
    console.log(`web codegen: ${expected.size} files written into apps/web/src/gql`);
    return;
  }
  const present = fs.existsSync(outDir) ? fs.readdirSync(outDir).map((name) => path.join(outDir, name)) : [];
  const drift = [
    ...[...expected].filter(([file, content]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content).map(([file]) => file),
    ...present.filter((file) => !expected.has(file)),
  ];
  if (drift.length > 0) {
    console.error(`web codegen: generated files differ from the committed ones: ${drift.map((file) => path.relative(root, file)).join(', ')}`);
    console.error('Run `npm run web:codegen` and commit apps/web/src/gql.');
    process.exit(1);
  }
  console.log(`web codegen: ${expected.size} files up to date`);
}

main().catch((error) => {
  // codegen reports documents that do not match the schema here, with the document and the field
  console.error(`web codegen failed: ${error.message ?? error}`);
  for (const detail of error.errors ?? []) console.error(String(detail.message ?? detail));
  process.exit(1);
});
