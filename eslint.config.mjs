// Lint is part of `npm test`. Its main job is the module boundaries of docs/design.md §9, checked by Nx tags:
// domain code stays pure, adapters never leak into the domain, apps only compose.
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const nestAndIo = [
  '@nestjs/*',
  '@apollo/*',
  'express',
  'better-sqlite3',
  'mongodb',
  'mingo',
  '@kurrent/*',
  'jose',
  'node:fs',
  'fs',
  'node:net',
  'http',
  'node:http',
];

const TYPES = [
  'type:core',
  'type:domain',
  'type:projection',
  'type:rendering',
  'type:adapter',
  'type:platform',
  'type:application',
  'type:testing',
  'type:demo',
  'type:topology',
  'type:app',
  'type:e2e',
];
// Which kinds of project each kind may import (docs/design.md §9). Domain code is pure; adapters never reach the domain.
const allowed = {
  'type:core': ['type:core'],
  'type:domain': ['type:core', 'type:domain'],
  'type:projection': ['type:core', 'type:domain', 'type:projection'],
  // documents (DOCX, HTML, charts) drawn from projection results: pure functions of their input, no I/O
  'type:rendering': ['type:core', 'type:domain', 'type:projection', 'type:rendering'],
  'type:adapter': ['type:core', 'type:adapter'],
  'type:platform': ['type:core', 'type:domain', 'type:projection', 'type:adapter', 'type:platform'],
  'type:application': ['type:core', 'type:domain', 'type:projection', 'type:rendering', 'type:platform', 'type:application'],
  'type:testing': TYPES.filter((type) => !['type:app', 'type:e2e', 'type:topology', 'type:demo'].includes(type)),
  // demo workspaces (docs/design.md §9, libs/demo): the fixture territories, CABBALR 2019 and their seeders. Only apps,
  // topologies (the standalone app's composition), e2e, benches and specs import them: never a production library.
  'type:demo': ['type:core', 'type:domain', 'type:projection', 'type:rendering', 'type:platform', 'type:application', 'type:demo'],
  // topologies compose the contexts into the modules the apps boot (embedded, each subgraph, gateway…)
  'type:topology': TYPES.filter((type) => !['type:topology', 'type:app', 'type:e2e'].includes(type)).concat('type:topology'),
  'type:app': TYPES.filter((type) => type !== 'type:app' && type !== 'type:e2e'),
  // end-to-end tests and benchmarks start the topologies in process
  'type:e2e': TYPES.filter((type) => type !== 'type:e2e' && type !== 'type:app'),
};
const pure = ['type:core', 'type:domain', 'type:projection', 'type:rendering'];
// Contexts talk through ids and events, not imports; audit reads every context; apps compose them all.
const scopes = [
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:territoire', onlyDependOnLibsWithTags: ['scope:territoire', 'scope:shared'] },
  { sourceTag: 'scope:programmation', onlyDependOnLibsWithTags: ['scope:programmation', 'scope:territoire', 'scope:shared'] },
  // the rapport annuel reads the programmation and the référentiel (issue 15)
  { sourceTag: 'scope:rapport', onlyDependOnLibsWithTags: ['scope:rapport', 'scope:programmation', 'scope:territoire', 'scope:shared'] },
  { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:audit', 'scope:rapport', 'scope:programmation', 'scope:territoire', 'scope:shared'] },
];

/** Specs may also use the test helpers and the in-memory adapters, whatever layer they test. */
function constraints({ forTests }) {
  return [
    ...TYPES.map((sourceTag) => ({
      sourceTag,
      onlyDependOnLibsWithTags: forTests
        ? [...new Set([...allowed[sourceTag], 'type:testing', 'type:adapter', 'type:platform', 'type:demo'])]
        : allowed[sourceTag],
      ...(pure.includes(sourceTag) && !forTests ? { bannedExternalImports: nestAndIo } : {}),
    })),
    ...scopes.map((scope) => (forTests ? { ...scope, onlyDependOnLibsWithTags: [...scope.onlyDependOnLibsWithTags, 'scope:app'].concat('*') } : scope)),
  ];
}

const boundaries = (forTests) => ['error', { enforceBuildableLibDependency: false, allow: [], depConstraints: constraints({ forTests }) }];

export default [
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', 'data/**', 'coverage/**', '.nx/**', '**/*.js', '**/*.mjs', '**/*.cjs', 'apps/web/src/gql/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
      '@nx/enforce-module-boundaries': boundaries(false),
    },
  },
  {
    // The browser application (apps/web, ADR 0015) imports nothing of the workspace but its own generated GraphQL
    // types, and nothing of the server's libraries; no project imports it.
    files: ['apps/web/**/*.ts', 'apps/web/**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [{ sourceTag: 'type:web', onlyDependOnLibsWithTags: [], bannedExternalImports: [...nestAndIo, 'node:*', 'graphql'] }],
        },
      ],
    },
  },
  {
    // apps/web/tools are Node build scripts (codegen and its deprecation check), not the bundle: they may read the
    // schema with graphql and files with node:*, and still import nothing of the workspace.
    files: ['apps/web/tools/**/*.ts'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: false, allow: [], depConstraints: [{ sourceTag: 'type:web', onlyDependOnLibsWithTags: [] }] },
      ],
    },
  },
  {
    // Tests may use non-null assertions and loose fixtures freely; object mothers are test code (never in a barrel).
    files: ['**/*.spec.ts', '**/*.mother.ts', 'libs/testing/**/*.ts', 'test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@nx/enforce-module-boundaries': boundaries(true) },
  },
];
