#!/usr/bin/env node
// Compiles every TypeScript source of apps/, libs/ and test/ into dist/ with swc (decorator metadata on,
// as NestJS needs it). tsconfig path aliases (@cdv/...) are rewritten to relative paths, so `node dist/...`
// runs without a resolver hook. Type checking is `npm run typecheck`; this step only transpiles (about 2 s).
const fs = require('node:fs');
const path = require('node:path');
const swc = require('@swc/core');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist');
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

function* sources(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') yield* sources(full);
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

async function main() {
  const started = Date.now();
  fs.rmSync(outDir, { recursive: true, force: true });
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
  // stderr: stdout belongs to the commands built (`TOKEN=$(npm run --silent cli -- token …)` reads it)
  console.error(`build: ${count} files compiled into dist/ in ${Date.now() - started} ms`);
}

function copyAssets(dir) {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') copyAssets(full);
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
