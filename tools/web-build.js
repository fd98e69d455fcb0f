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

/**
 * One build at a time: Jest runs the browser test files in parallel workers, and each builds first. The others
 * wait for the lock (a file holding the builder's pid; a dead builder's lock is taken over), then find the build
 * up to date.
 */
function withLock(fn) {
  // under tmp/ (ignored by git): neither the server's build nor Vite empties it
  const lock = path.join(root, 'tmp', '.web-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const texte = fs.readFileSync(lock, 'utf8');
      const holder = Number(texte);
      // an empty lock is being written by its holder: wait for it like for a live one
      if (texte !== '' && !alive(holder)) {
        fs.rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another web build (pid ${holder}) still holds ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    return fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
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
    withLock(main);
  } catch (error) {
    console.error(`web build failed: ${error.message}`);
    process.exit(1);
  }
}
