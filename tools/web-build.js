#!/usr/bin/env node
// Builds the web application (apps/web, Vite) into dist/web when its inputs changed since the last build: the
// sources, the schema, the lock file. `npm run build` calls it after the server; the browser tests call it too, so
// that a fresh clone's `npm test` serves an up-to-date application. `--force` rebuilds anyway.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist/web');
const stamp = path.join(outDir, '.inputs-hash');

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') yield* files(full);
    } else if (!entry.name.endsWith('.spec.ts')) yield full;
  }
}

function inputsHash() {
  const hash = crypto.createHash('sha256');
  for (const file of [...files(path.join(root, 'apps/web')), path.join(root, 'package-lock.json')]) {
    hash.update(path.relative(root, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

function main() {
  const hash = inputsHash();
  if (!process.argv.includes('--force') && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash && fs.existsSync(path.join(outDir, 'index.html'))) {
    console.log('web: dist/web is up to date');
    return;
  }
  const started = Date.now();
  console.log('web: building apps/web into dist/web (Vite)…');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--config', path.join(root, 'apps/web/vite.config.mjs'), '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  fs.writeFileSync(stamp, hash);
  console.log(`web: built in ${Date.now() - started} ms`);
}

module.exports = { inputsHash };
if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`web build failed: ${error.message}`);
    process.exit(1);
  }
}
