import { startDistributedTestApps } from '@cdv/app-harness';
import { AuditServiceModule, GatewayModule, ProgrammationServiceModule, TerritoireServiceModule } from '@cdv/topologies';
import { printTable, type Bench } from './bench';
import { loadFromWorker, ms, type LatencyReport } from './latency';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { CommandHandler } from '@cdv/eventsourcing';
import { EVENT_STORE } from '@cdv/platform';

/**
 * Issue 6: what the gateway costs. The same query (Valenciennes' QPV page with their communes) sent through the
 * gateway and directly to the territoire subgraph, in the same run, sequentially (service time) and from 20
 * concurrent clients; the ratio gateway / direct is the figure. The load runs on a worker thread so that the
 * clients do not share the servers' event loop.
 */
const TENANT = 'valenciennes-metropole';
const QUERY = '{ qpvs(first: 20) { totalCount edges { node { id nom communes { nom } } } } territoire { nom } }';

export const gatewayOverheadBench: Bench = {
  name: 'gateway-overhead',
  async run() {
    const apps = await startDistributedTestApps({
      territoire: TerritoireServiceModule.forRoot,
      programmation: ProgrammationServiceModule.forRoot,
      audit: AuditServiceModule.forRoot,
      gateway: GatewayModule.forRoot,
    });
    try {
      const territoire = apps.services.territoire.app;
      await new TerritoireSeeder(territoire.get(CommandHandler), territoire.get(EVENT_STORE)).seed(TENANT);
      const token = await apps.token(TENANT, 'agent');
      const body = JSON.stringify({ query: QUERY });
      const measure = (url: string, clients: number, perClient: number): Promise<LatencyReport> =>
        loadFromWorker({
          url,
          intervalMs: null,
          clients: Array.from({ length: clients }, () => ({ token, tenant: TENANT, bodies: Array(perClient).fill(body) })),
        });
      // Warm both paths (query plans, DataLoaders, JIT) before measuring.
      await measure(apps.url, 2, 50);
      await measure(apps.services.territoire.url, 2, 50);
      const rows: string[][] = [];
      for (const [label, clients, perClient] of [
        ['1 client', 1, 300],
        ['20 clients', 20, 40],
      ] as const) {
        const direct = await measure(apps.services.territoire.url, clients, perClient);
        const gateway = await measure(apps.url, clients, perClient);
        if (direct.errors + gateway.errors > 0) throw new Error(`errors: ${direct.firstError ?? gateway.firstError}`);
        rows.push([
          label,
          `${ms(direct.p50)} / ${ms(direct.p99)} ms`,
          `${ms(gateway.p50)} / ${ms(gateway.p99)} ms`,
          `${Math.round(direct.ratePerSecond)} → ${Math.round(gateway.ratePerSecond)} req/s`,
          `${(gateway.p50 / direct.p50).toFixed(2)}×`,
        ]);
      }
      printTable(['load', 'subgraph p50 / p99', 'gateway p50 / p99', 'throughput', 'p50 ratio'], rows);
    } finally {
      await apps.close();
    }
  },
};
