#!/usr/bin/env node
// Compiles every TypeScript source of apps/, libs/ and test/ into dist/ with swc (decorator metadata on,
// as NestJS needs it). tsconfig path aliases (@cdv/...) are rewritten to relative paths, so `node dist/...`
// runs without a resolver hook. Type checking is `npm run typecheck`; this step only transpiles (about 2 s).
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');
const { execFileSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
// `--out <dir>`: another folder than dist/ (a test builds its own copy without wiping dist/ under other processes)
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag > 0 ? path.resolve(process.argv[outFlag + 1]) : path.join(root, 'dist');
const { compilerOptions } = JSON.parse(fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8'));

const options = (file) => ({
  filename: file,
  sourceMaps: true,
  module: { type: 'commonjs' },
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: compilerOptions.paths,
  },
});

// Test code never ships: specs, object mothers, contract suites (their `contract/` folders) and the test helpers lib.
const isTestCode = (full, name) =>
  name.endsWith('.spec.ts') || name.endsWith('.mother.ts') || name.endsWith('.contract.ts') || path.relative(root, full).split(path.sep).includes('contract');
const TEST_LIBS = [path.join(root, 'libs', 'testing')];

function* sources(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // apps/web is the browser application: Vite builds it (tools/web-build.js), not swc
      if (entry.name !== 'node_modules' && entry.name !== 'dist' && full !== path.join(root, 'apps', 'web') && !TEST_LIBS.includes(full)) yield* sources(full);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !isTestCode(full, entry.name)) {
      yield full;
    }
  }
}

async function main() {
  const started = Date.now();
  // dist/web (the web application, tools/web-build.js) is rebuilt only when its inputs change: keep it.
  for (const dir of ['apps', 'libs', 'test']) fs.rmSync(path.join(outDir, dir), { recursive: true, force: true });
  let count = 0;
  const files = ['apps', 'libs', 'test'].flatMap((dir) => [...sources(path.join(root, dir))]);
  await Promise.all(
    files.map(async (file) => {
      const { code, map } = await swc.transformFile(file, options(file));
      const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map`);
      if (map) fs.writeFileSync(`${target}.map`, map);
      count += 1;
    }),
  );
  // Non-TypeScript assets that apps read at run time (SQL, GraphQL SDL, JSON) are copied beside the code.
  for (const dir of ['apps', 'libs']) copyAssets(path.join(root, dir));
  const shown = path.relative(root, outDir).startsWith('..') ? outDir : path.relative(root, outDir);
  // stderr: stdout belongs to the commands built (`TOKEN=$(npm run --silent cli -- token …)` reads it)
  console.error(`build: ${count} files compiled into ${shown}/ in ${Date.now() - started} ms`);
  // The web application is built into dist/web (only when its inputs changed); a copy built elsewhere serves no
  // web. Its output goes to stderr too (fd 2 for the child's stdout).
  if (outFlag < 0) execFileSync(process.execPath, [path.join(__dirname, 'web-build.js')], { stdio: [0, 2, 2] });
}

function copyAssets(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && full !== path.join(root, 'apps', 'web')) copyAssets(full);
    } else if (/\.(sql|graphql|json)$/.test(entry.name) && !['package.json', 'project.json', 'tsconfig.json'].includes(entry.name)) {
      const target = path.join(outDir, path.relative(root, full));
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(full, target);
    }
  }
}

main().catch((error) => {
  console.error(`build failed: ${error.message}`);
  process.exit(1);
});
