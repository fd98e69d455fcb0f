// One Jest run over the whole repository. The tier is in the file name: *.unit.spec.ts (pure, in memory),
// *.int.spec.ts (real adapters: SQLite files, NestJS modules), *.e2e.spec.ts (a running app over HTTP).
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(Object.entries(compilerOptions.paths).map(([alias, [target]]) => [`^${alias}$`, `<rootDir>/${target}`]));

module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  moduleNameMapper,
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  testTimeout: 30000,
  // Two workers on the CI machine's two cores: Jest's default there (cores − 1 = 1) runs every suite in one process,
  // one core idle while a suite waits on its app or its browser, and one heap growing across 190 suites (13 min
  // against 7 here). A worker past 2 GB is replaced between suites.
  maxWorkers: 2,
  workerIdleMemoryLimit: '2GB',
  // A suite that leaves a server or a subscription open must fail CI, not hang it for 90 minutes.
  forceExit: true,
};
