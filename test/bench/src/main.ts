import { cpus, loadavg } from 'node:os';
import type { Bench } from './bench';
import { documentsBench } from './documents.bench';
import { eventStoreBench } from './event-store.bench';
import { exportsBench } from './exports.bench';
import { gatewayOverheadBench } from './gateway-overhead.bench';
import { graphqlMutationsBench } from './graphql-mutations.bench';
import { programmationQueryBench } from './programmation-query.bench';
import { rapportAnnuelBench } from './rapport-annuel.bench';
import { rebuildBench } from './rebuild.bench';
import { webFirstScreenBench } from './web-first-screen.bench';

/** Every bench module, run in this order. Add yours with one line. */
export const BENCHES: Bench[] = [
  eventStoreBench,
  rebuildBench,
  graphqlMutationsBench,
  programmationQueryBench,
  gatewayOverheadBench,
  documentsBench,
  rapportAnnuelBench,
  exportsBench,
  webFirstScreenBench,
];

/** `node dist/test/bench/src/main.js [filter]`: runs the benches whose name contains the filter (all by default). */
export async function main(argv: string[]): Promise<void> {
  const filter = argv[0];
  const selected = filter ? BENCHES.filter((bench) => bench.name.includes(filter)) : BENCHES;
  if (selected.length === 0) throw new Error(`no bench matches "${filter}" (known: ${BENCHES.map((bench) => bench.name).join(', ')})`);
  console.log(`bench: node ${process.version}, ${process.platform}/${process.arch}, ${cpus().length} cpus (${cpus()[0]?.model ?? 'unknown'})`);
  for (const bench of selected) {
    const started = Date.now();
    // Other processes on the machine change every figure: say how busy it was.
    const before = loadavg()[0].toFixed(2);
    console.log(`\n## ${bench.name}\n`);
    await bench.run();
    console.log(`\n(${bench.name}: ${((Date.now() - started) / 1000).toFixed(1)} s; 1-min load average ${before} before, ${loadavg()[0].toFixed(2)} after)`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
