// Vite build of the web application (ADR web-application-stack): output in dist/web, served by the standalone
// app and the gateway. Prints the initial JavaScript gzipped and fails above the budget (issue 14: 400 kB).
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const BUDGET_KB = 400;
const root = fileURLToPath(new URL('.', import.meta.url));

/** Sums the entry chunk and its static imports (what the first page loads), gzipped. */
function initialJsBudget() {
  return {
    name: 'initial-js-budget',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      const entry = chunks.find((chunk) => chunk.isEntry);
      const seen = new Set();
      const visit = (name) => {
        if (seen.has(name)) return;
        seen.add(name);
        const chunk = bundle[name];
        for (const imported of chunk?.imports ?? []) visit(imported);
      };
      visit(entry.fileName);
      const bytes = [...seen].reduce((sum, name) => sum + gzipSync(bundle[name].code).length, 0);
      const kb = bytes / 1024;
      const line = `initial JavaScript: ${kb.toFixed(1)} kB gzipped in ${seen.size} file(s) (budget ${BUDGET_KB} kB)`;
      console.log(`\n${line}`);
      this.emitFile({ type: 'asset', fileName: 'build-report.json', source: JSON.stringify({ initialJsGzipBytes: bytes, files: [...seen] }, null, 2) });
      if (kb > BUDGET_KB) this.error(`${line}: over budget`);
    },
  };
}

export default defineConfig({
  root,
  base: '/',
  plugins: [react(), initialJsBudget()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/auth': 'http://localhost:4000' } },
});
