import { join } from 'node:path';
import { startTestApp } from '@cdv/app-harness';
import { dossierDecider, type AppelLu, type EmettreAvis } from '@cdv/domain-programmation';
import { createEventStore } from '@cdv/event-store';
import { StandaloneModule } from '@cdv/topologies';
import { formatRate, printTable, timed, withTempDir, type Bench } from './bench';
import { concurrently, loadFromWorker, ms, waitReady, type LatencyReport } from './latency';
import { dossierEnInstruction, executer, ouvrirAppel, seedCabbalr, TENANT } from './programmation-history';
import { creerCommandHandler } from '@cdv/platform';

/**
 * docs/design.md §10: GraphQL mutation round trip on the embedded process, p99 ≤ 25 ms at 50 concurrent clients. The
 * mutation is `emettreAvis` (an instructeur's or agent's opinion, one event) on distinct dossiers under
 * instruction, through the whole stack: HTTP, token, tenant, the resolver's référentiel read, the command handler
 * on SQLite, then read-your-writes (the answer waits for the projections). Measured open loop (50 clients each
 * sending one request a second) and closed loop (50 clients back to back: the saturation throughput), and one
 * client alone (the service time). Beside it, in the same run: the same command through the command handler
 * alone, and an authenticated query that touches no store (`moi`).
 */
const CLIENTS = 50;
const PER_CLIENT = 40;
const DOSSIERS_PER_CLIENT = 10;
const WARM_UP = 5;
const SEQUENTIAL = 200;
/** Open loop: each client sends one request every interval (a busy user), OPEN_REQUESTS in all. */
const OPEN_INTERVAL_MS = 1_000;
const OPEN_REQUESTS = 15;
const ANNEE = 2024;

export const graphqlMutationsBench: Bench = {
  name: 'graphql-mutations',
  async run() {
    await withTempDir('cdv-bench-graphql-', async (dir) => {
      const file = join(dir, 'events.sqlite');
      // 1. The workspace: CABBALR's référentiel and 2019 demo, an open 2024 appel, dossiers under instruction.
      const store = createEventStore({ kind: 'sqlite', file });
      const handler = creerCommandHandler(store);
      const dossiers = CLIENTS * DOSSIERS_PER_CLIENT;
      const appel: AppelLu = { annee: ANNEE, statut: 'ouvert', ouvertureLe: `${ANNEE}-01-01`, clotureLe: `${ANNEE}-12-31` };
      const setup = await timed(async () => {
        await seedCabbalr(handler, store, { demo: true });
        await executer(handler, [ouvrirAppel(ANNEE)]);
        // Half for the GraphQL clients, half for the direct baseline: each stream grows the same way in both.
        for (let numero = 0; numero < dossiers * 2; numero++)
          await executer(handler, dossierEnInstruction(ANNEE, numero, appel, `${ANNEE}-03-01T09:00:00.000Z`));
      });
      const head = await store.headPosition();
      console.log(`setup: ${formatRate(head)} events (référentiel, demo 2019, ${dossiers * 2} dossiers under instruction) in ${(setup / 1000).toFixed(1)} s\n`);
      const dossierId = (client: number, index: number, offset: number) =>
        `bench-${ANNEE}-${String(offset + client * DOSSIERS_PER_CLIENT + (index % DOSSIERS_PER_CLIENT)).padStart(5, '0')}`;
      const avis = (index: number) =>
        index % 2 ? { avis: 'reserve' as const, commentaire: `Réserve n° ${index}` } : { avis: 'favorable' as const, commentaire: '' };

      // 2. Baseline: the same command through the command handler, same concurrency, same store, no HTTP.
      let sequence = 0;
      const direct = await concurrently(CLIENTS, PER_CLIENT, async (client, index) => {
        const id = dossierId(client, index, dossiers);
        const command: EmettreAvis = {
          type: 'EmettreAvis',
          data: { dossierId: id, auteur: { id: 'caf', nom: 'CAF' }, ...avis(index) },
          metadata: {
            tenantId: TENANT,
            actor: { userId: 'agent-bench', role: 'agent' },
            source: 'api',
            now: new Date().toISOString(),
            commandId: `direct-${sequence++}`,
          },
        };
        const result = await handler.handle(dossierDecider, { stream: `${TENANT}:dossier-${id}`, command });
        return result.ok ? null : result.refusal.message;
      });
      await store.close();

      // 3. The standalone app on that file (projections rebuilt at start). The clients run on a worker thread.
      const startedAt = Date.now();
      const app = await startTestApp('standalone', StandaloneModule.forRoot, { EVENT_STORE: 'sqlite', EVENT_STORE_FILE: file, DATA_DIR: dir });
      try {
        await waitReady(app.url);
        console.log(
          `standalone app started and ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (read models rebuilt from ${formatRate(head + direct.count)} events)\n`,
        );
        const tokens = await Promise.all(
          Array.from({ length: CLIENTS }, (_, client) =>
            app.issuer.mint({ sub: `agent-${client}@${TENANT}`, memberships: [{ tenant: TENANT, roles: ['agent'] }] }),
          ),
        );
        const mutation = 'mutation($input: EmettreAvisInput!) { emettreAvis(input: $input) { revision } }';
        let round = 0;
        const emettre = (client: number, count: number) =>
          Array.from({ length: count }, () => {
            const index = round++;
            return JSON.stringify({ query: mutation, variables: { input: { dossierId: dossierId(client, index, 0), auteurId: 'caf', ...avis(index) } } });
          });
        const moi = (count: number) => Array.from({ length: count }, () => JSON.stringify({ query: '{ moi { userId tenantId roles } }' }));
        const plan = (clients: number, bodies: (client: number) => string[], intervalMs: number | null) =>
          loadFromWorker({
            url: app.url,
            intervalMs,
            clients: Array.from({ length: clients }, (_, client) => ({ token: tokens[client], tenant: TENANT, bodies: bodies(client) })),
          });

        // Warm-up: JIT, connection pool, the resolvers' first reads (not measured).
        await plan(CLIENTS, () => moi(WARM_UP), null);
        await plan(CLIENTS, (client) => emettre(client, WARM_UP), null);

        const seqMutation = await plan(1, () => emettre(0, SEQUENTIAL), null);
        const seqQuery = await plan(1, () => moi(SEQUENTIAL), null);
        const openMutation = await plan(CLIENTS, (client) => emettre(client, OPEN_REQUESTS), OPEN_INTERVAL_MS);
        const openQuery = await plan(CLIENTS, () => moi(OPEN_REQUESTS), OPEN_INTERVAL_MS);
        const closedQuery = await plan(CLIENTS, () => moi(PER_CLIENT), null);
        const closedMutation = await plan(CLIENTS, (client) => emettre(client, PER_CLIENT), null);

        const offered = `${formatRate((CLIENTS * 1000) / OPEN_INTERVAL_MS)} req/s offered`;
        const row = (label: string, r: LatencyReport, target = '') => [
          label,
          formatRate(r.count),
          formatRate(r.ratePerSecond),
          ms(r.p50),
          ms(r.p95),
          ms(r.p99),
          ms(r.max),
          String(r.errors),
          target,
        ];
        printTable(
          ['scenario', 'requests', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'errors', 'docs/design.md §10'],
          [
            row(`emettreAvis, 50 clients each sending 1 every ${OPEN_INTERVAL_MS} ms (${offered})`, openMutation, 'p99 ≤ 25 ms'),
            row(`baseline: query moi, same schedule (${offered})`, openQuery),
            row('emettreAvis, 50 clients back to back (saturation)', closedMutation, 'p99 ≤ 25 ms'),
            row('baseline: query moi, 50 clients back to back', closedQuery),
            row('baseline: EmettreAvis through CommandHandler, 50 concurrent, no HTTP', direct),
            row('emettreAvis, 1 client back to back (service time)', seqMutation),
            row('baseline: query moi, 1 client back to back', seqQuery),
          ],
        );
        const all = { openMutation, openQuery, closedMutation, closedQuery, direct, seqMutation, seqQuery };
        for (const [label, r] of Object.entries(all)) if (r.errors) console.log(`\n${label}: ${r.errors} errors, first: ${r.firstError}`);
        console.log('\nemettreAvis: HTTP → token → tenant → resolver (référentiel read) → command handler (SQLite) → read-your-writes wait.');
        console.log('`moi`: HTTP → token → tenant → resolver, no store. Clients run on a worker thread of the same process.');
      } finally {
        await app.close();
      }
    });
  },
};
