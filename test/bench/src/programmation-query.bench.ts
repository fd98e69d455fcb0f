import { join } from 'node:path';
import { startTestApp } from '@cdv/app-harness';
import { createEventStore } from '@cdv/event-store';
import { type Projection, type ReadDocument } from '@cdv/eventsourcing';
import { READ_STORE, ReadModelsService, creerCommandHandler } from '@cdv/platform';
import { dossierListProjection, programmationSummaryPipeline } from '@cdv/projections-programmation';
import { AsOfReader, type ReadStore } from '@cdv/read-store';
import { StandaloneModule } from '@cdv/topologies';
import { formatRate, printTable, timed, withTempDir, type Bench } from './bench';
import { concurrently, ms, waitReady, type LatencyReport } from './latency';
import { anneeDeProgrammation, executer, seedCabbalr, TENANT } from './programmation-history';

/**
 * docs/design.md §10: `programmation(annee, asOf)` for a tenant with 100 000 events in ≤ 1 s. The history is ten years of
 * CABBALR programmation (2015–2024, 360 dossiers a year, about 28 events each: deposit, lines, avis, comité votes,
 * convention, payments, bilan, solde) written through the command handler into SQLite. The query runs through
 * GraphQL on the standalone app (token, tenant, resolver, aggregation pipeline over `dossiers`), now and as of the
 * middle of the history, beside the same pipeline on the live read store and an authenticated query (`moi`).
 */
const ANNEES = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const DOSSIERS_PAR_AN = 360;
const ANNEE_DEMANDEE = 2019;
const RUNS = 30;

const QUERY = `query($annee: Int!, $asOf: DateTime, $asOfPosition: Int) {
  programmation(annee: $annee, asOf: $asOf, asOfPosition: $asOfPosition) {
    annee
    comptes { deposes retenus nonRetenus projetsRetenus porteursRetenus coutTotalRetenus }
    parFinanceur { categorie nature vote engage verse }
    parPilier { cle projets porteursDistincts vote { total } }
    parThematique { cle projets vote { total } }
    parQpv { cle projets }
    parPorteurKind { cle projets porteursDistincts }
  }
}`;

export const programmationQueryBench: Bench = {
  name: 'programmation-query',
  async run() {
    await withTempDir('cdv-bench-programmation-', async (dir) => {
      const file = join(dir, 'events.sqlite');
      const store = createEventStore({ kind: 'sqlite', file });
      const handler = creerCommandHandler(store);
      let written = 0;
      const generation = await timed(async () => {
        await seedCabbalr(handler, store, { demo: false });
        for (const annee of ANNEES) {
          const started = Date.now();
          const appended = await executer(handler, anneeDeProgrammation(annee, DOSSIERS_PAR_AN));
          written += appended;
          console.log(
            `  ${annee}: ${formatRate(appended)} events (${formatRate((appended / (Date.now() - started)) * 1000)}/s), ${formatRate(written)} so far`,
          );
        }
      });
      const head = await store.headPosition({ tenant: TENANT });
      const [middle] = await store.readAll({ tenant: TENANT, after: Math.floor(head / 2) - 1, maxCount: 1 });
      await store.close();
      console.log(
        `\n${formatRate(head)} events for tenant ${TENANT} written through the command handler in ${(generation / 1000).toFixed(1)} s (${formatRate((head / generation) * 1000)} events/s)\n`,
      );

      const startedAt = Date.now();
      const app = await startTestApp('standalone', StandaloneModule.forRoot, { EVENT_STORE: 'sqlite', EVENT_STORE_FILE: file, DATA_DIR: dir });
      try {
        await waitReady(app.url);
        console.log(
          `standalone app started and ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (read models rebuilt from ${formatRate(head)} events)`,
        );
        const readyAt = Date.now();
        await app.app.get(ReadModelsService).whenAsOfWarm();
        console.log(`as-of history of \`dossiers\` prepared in the background (AS_OF_WARM) ${((Date.now() - readyAt) / 1000).toFixed(1)} s after that\n`);
        const client = await app.clientFor(TENANT, 'agent');
        const ask = async (variables: Record<string, unknown>): Promise<string | null> => {
          const response = await client.request<{ programmation: { comptes: { deposes: number } } }>(QUERY, { annee: ANNEE_DEMANDEE, ...variables });
          if (response.errors?.length) return JSON.stringify(response.errors[0]);
          return response.data?.programmation.comptes.deposes === DOSSIERS_PAR_AN
            ? null
            : `expected ${DOSSIERS_PAR_AN} dossiers, got ${JSON.stringify(response.data)}`;
        };
        const once = (variables: Record<string, unknown>) => concurrently(1, 1, () => ask(variables));
        const repeat = (variables: Record<string, unknown>) => concurrently(1, RUNS, () => ask(variables));

        // Warm-up of the live path (JIT, first pipeline) so that the first live sample is not a compile.
        await once({});
        const live = await repeat({});
        const asOfCold = await once({ asOf: middle.metadata.recordedAt });
        const asOfWarm = await repeat({ asOf: middle.metadata.recordedAt });
        // Other instants: the first reads of each year's comité, then random positions in the second half.
        let seed = 7;
        const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
        const positions = await concurrently(1, RUNS, () => ask({ asOfPosition: Math.floor(head / 2 + random() * (head / 2)) }));
        const readStore = app.app.get<ReadStore>(READ_STORE);
        const pipeline = programmationSummaryPipeline({ annee: ANNEE_DEMANDEE, regle: 'dossier' });
        const direct = await concurrently(1, RUNS, async () => {
          const [summary] = await readStore.forTenant(TENANT).readModel(dossierListProjection.name).aggregate(pipeline);
          return summary ? null : 'no summary';
        });
        // Diagnostic: the as-of view of `dossiers` alone (what the pipeline reads), on its own reader and connection.
        const diagnosticStore = createEventStore({ kind: 'sqlite', file });
        const reader = new AsOfReader({ eventStore: diagnosticStore, projections: [dossierListProjection as unknown as Projection<ReadDocument>] });
        const dossiersOnly = () => async () => {
          const model = await reader.readModel(dossierListProjection.name, TENANT, { asOf: middle.metadata.recordedAt });
          const [summary] = await model.aggregate(pipeline);
          return summary ? null : 'no summary';
        };
        const dossiersCold = await concurrently(1, 1, dossiersOnly());
        const dossiersWarm = await concurrently(1, RUNS, dossiersOnly());
        await diagnosticStore.close();
        // The server closes idle keep-alive sockets after 5 s: one untimed request takes a fresh one.
        await client.request('{ moi { userId } }').catch(() => undefined);
        const moi = await concurrently(1, RUNS, async () => {
          const response = await client.request('{ moi { userId } }');
          return response.errors?.length ? JSON.stringify(response.errors[0]) : null;
        });

        const row = (label: string, r: LatencyReport, target: string) => [label, String(r.count), ms(r.p50), ms(r.p95), ms(r.max), String(r.errors), target];
        printTable(
          [
            `programmation(annee: ${ANNEE_DEMANDEE}), tenant with ${formatRate(head)} events`,
            'runs',
            'p50 ms',
            'p95 ms',
            'max ms',
            'errors',
            'docs/design.md §10',
          ],
          [
            row('GraphQL, now (live read store)', live, '≤ 1 000 ms'),
            row(`GraphQL, asOf the middle of the history (${middle.metadata.recordedAt}), first read (history prepared at start)`, asOfCold, '≤ 1 000 ms'),
            row('GraphQL, asOf the middle of the history, again', asOfWarm, '≤ 1 000 ms'),
            row('GraphQL, asOfPosition at random in the second half', positions, '≤ 1 000 ms'),
            row('baseline: the same pipeline on the live read store, no GraphQL', direct, ''),
            row('diagnostic: asOf middle, a fresh AsOfReader of `dossiers` (nothing prepared), first read', dossiersCold, ''),
            row('diagnostic: asOf middle, the same AsOfReader, again', dossiersWarm, ''),
            row('baseline: GraphQL query `moi` (HTTP, token, tenant; no store)', moi, ''),
          ],
        );
        const all = { live, asOfCold, asOfWarm, positions, direct, dossiersCold, dossiersWarm, moi };
        for (const [label, r] of Object.entries(all)) if (r.errors) console.log(`\n${label}: ${r.errors} errors, first: ${r.firstError}`);
        console.log(
          `\nThe GraphQL rows build the as-of view of the read models the query reads (\`dossiers\`), from the history the app prepared at start; the diagnostic rows show what a first read costs when nothing was prepared.`,
        );
      } finally {
        await app.close();
      }
    });
  },
};
