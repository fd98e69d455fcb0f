import { join } from 'node:path';
import { startTestApp } from '@cdv/app-harness';
import { REGLES_DEMO } from '@cdv/demo-programmation';
import { createEventStore } from '@cdv/event-store';
import { CommandHandler } from '@cdv/eventsourcing';
import { assemblerRapport, documentEnCours, lireEntreesRapport, MODELES_DU_RAPPORT, projectionsDuRapport } from '@cdv/projections-rapport';
import { AsOfReader } from '@cdv/read-store';
import { rendreDocx } from '@cdv/rendering-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { formatRate, printTable, timed, withTempDir, type Bench } from './bench';
import { concurrently, ms, waitReady, type LatencyReport } from './latency';
import { anneeDeProgrammation, executer, seedCabbalr, TENANT } from './programmation-history';

/**
 * Issue 15: generating the rapport annuel for a workspace of 100 000 events takes ≤ 5 s. The history is ten years of
 * CABBALR programmation (2015–2024, 360 dossiers a year, about 28 events each) written through the command handler
 * into SQLite, as the programmation-query bench does. On the standalone app: the DOCX of the 2019 projet downloaded
 * over HTTP (figures assembled from the live read models, then rendered), the `rapportAnnuel` query, and — beside
 * them, in the same run — the baselines: the programmation summary query of the same year and `moi`. Then the
 * report built from the log alone, as `cli rapport-annuel` does (every read model it needs rebuilt from 100 000
 * events), split into its rebuild, assembly and rendering.
 */
const ANNEES = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024];
const DOSSIERS_PAR_AN = 360;
const ANNEE = 2019;
const RUNS = 10;

const RAPPORT = `query($annee: Int!) {
  rapportAnnuel(annee: $annee) {
    etat { statut }
    chiffres {
      position
      programmation { entete { retenus { nombre dossiers } coutTotalRetenus { montant } } piliers { cle projets { nombre dossiers } thematiques { cle projets { nombre } } } }
      beneficiaires { total { nombre } }
    }
    notes { chiffreId }
  }
}`;

const PROGRAMMATION = `query($annee: Int!) { programmation(annee: $annee) { comptes { deposes retenus projetsRetenus coutTotalRetenus } parPilier { cle projets } } }`;

export const rapportAnnuelBench: Bench = {
  name: 'rapport-annuel',
  async run() {
    await withTempDir('cdv-bench-rapport-', async (dir) => {
      const file = join(dir, 'events.sqlite');
      const store = createEventStore({ kind: 'sqlite', file });
      const handler = new CommandHandler(store);
      const generation = await timed(async () => {
        await seedCabbalr(handler, store, { demo: false });
        for (const annee of ANNEES) await executer(handler, anneeDeProgrammation(annee, DOSSIERS_PAR_AN));
      });
      const head = await store.headPosition({ tenant: TENANT });
      console.log(`${formatRate(head)} events for tenant ${TENANT} written through the command handler in ${(generation / 1000).toFixed(1)} s\n`);

      // From the log alone (what `cli rapport-annuel` does): rebuild the read models, assemble, render.
      let vue: Awaited<ReturnType<AsOfReader['at']>> | null = null;
      const rebuild = await timed(async () => {
        // as `cli rapport-annuel` does: the year's dossier ids read first, then one pass over the log
        const reader = new AsOfReader({ eventStore: store, projections: await projectionsDuRapport(store, TENANT, ANNEE) });
        vue = await reader.at(TENANT, { position: head }, MODELES_DU_RAPPORT);
      });
      let rapport: ReturnType<typeof assemblerRapport> | null = null;
      const assembly = await timed(async () => {
        const entrees = await lireEntreesRapport(vue!, {
          tenantId: TENANT,
          annee: ANNEE,
          etabliAu: { position: head, asOf: null },
          regles: REGLES_DEMO.cabbalr ?? [],
        });
        rapport = assemblerRapport(entrees);
      });
      let octets = 0;
      const rendering = await timed(async () => {
        octets = (await rendreDocx(documentEnCours(rapport!, null))).length;
      });
      await store.close();
      const retenus = rapport!.programmation.entete.retenus.valeur;

      const app = await startTestApp('standalone', StandaloneModule.forRoot, { EVENT_STORE: 'sqlite', EVENT_STORE_FILE: file, DATA_DIR: dir });
      try {
        await waitReady(app.url);
        const client = await app.clientFor(TENANT, 'agent');
        const token = await app.token(TENANT, 'agent');
        const base = app.url.replace(/\/graphql$/, '');
        const docx = async (): Promise<string | null> => {
          const response = await fetch(`${base}/documents/rapports/${ANNEE}/docx`, { headers: { authorization: `Bearer ${token}`, 'x-tenant': TENANT } });
          const body = Buffer.from(await response.arrayBuffer());
          return response.status === 200 && body.length > 10_000 ? null : `HTTP ${response.status}, ${body.length} bytes`;
        };
        const query = (text: string, check: (data: Record<string, unknown>) => boolean) => async (): Promise<string | null> => {
          const response = await client.request(text, { annee: ANNEE });
          if (response.errors?.length) return JSON.stringify(response.errors[0]);
          return check(response.data ?? {}) ? null : `unexpected answer ${JSON.stringify(response.data).slice(0, 200)}`;
        };
        const rapportOk = query(RAPPORT, (data) => (data.rapportAnnuel as { chiffres: { position: number } }).chiffres.position === head);
        const programmationOk = query(PROGRAMMATION, (data) => (data.programmation as { comptes: { deposes: number } }).comptes.deposes === DOSSIERS_PAR_AN);
        // Warm-up (JIT, first pipeline, fonts of the chart renderer) so that the first sample is not a compile.
        await docx();
        await rapportOk();
        const download = await concurrently(1, RUNS, docx);
        const graphql = await concurrently(1, RUNS, rapportOk);
        const summary = await concurrently(1, RUNS, programmationOk);
        await client.request('{ moi { userId } }').catch(() => undefined);
        const moi = await concurrently(1, RUNS, async () => ((await client.request('{ moi { userId } }')).errors?.length ? 'moi failed' : null));

        const row = (label: string, r: LatencyReport, target: string) => [label, String(r.count), ms(r.p50), ms(r.max), String(r.errors), target];
        const once = (label: string, value: number, target: string) => [label, '1', ms(value), ms(value), '0', target];
        printTable(
          [`rapport annuel ${ANNEE}, tenant with ${formatRate(head)} events (${retenus} projets retenus)`, 'runs', 'p50 ms', 'max ms', 'errors', 'issue 15'],
          [
            row('DOCX of the projet over HTTP (assembled from the live read models, rendered)', download, '≤ 5 000 ms'),
            row('GraphQL rapportAnnuel (now)', graphql, '≤ 5 000 ms'),
            once(
              `from the log alone (cli rapport-annuel): ${MODELES_DU_RAPPORT.length} read models rebuilt, assembled, rendered (${formatRate(octets)} bytes)`,
              rebuild + assembly + rendering,
              '≤ 5 000 ms',
            ),
            once('  of which: read models rebuilt from the log', rebuild, ''),
            once('  of which: figures assembled', assembly, ''),
            once('  of which: DOCX rendered', rendering, ''),
            row('baseline: GraphQL programmation(annee) summary, same year', summary, ''),
            row('baseline: GraphQL query `moi` (HTTP, token, tenant; no store)', moi, ''),
          ],
        );
        const ratio = download.p50 / Math.max(summary.p50, 0.1);
        console.log(`\nDOCX download ÷ programmation summary (p50): ${ratio.toFixed(1)}×`);
        for (const [label, r] of Object.entries({ download, graphql, summary, moi }))
          if (r.errors) console.log(`${label}: ${r.errors} errors, first: ${r.firstError}`);
      } finally {
        await app.close();
      }
    });
  },
};
