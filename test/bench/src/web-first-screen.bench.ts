import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { lancerChromium, startTestApp } from '@cdv/app-harness';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { printTable, timed, type Bench } from './bench';

/**
 * Issue 14: « first screen after sign-in interactive in ≤ 1.5 s on the embedded app with the demo data ». A real
 * Chromium signs in as agent of cabbalr and waits for the 2019 tableau de bord to show its figures and its first
 * chart (the screen can be read and used); the baseline, measured in the same run, is the sign-in page itself
 * loading (its HTML, its script, the sign-in configuration) until its button can be clicked. Each person is a fresh
 * browser context (nothing cached), as on a first visit. The web application must be built (`npm run bench` builds it).
 */
const RUNS = 7;
const BUDGET_MS = 1_500;

export const webFirstScreenBench: Bench = {
  name: 'web-first-screen',
  async run() {
    const app = await startTestApp('standalone', StandaloneModule.forRoot, { WEB_DIR: join(process.cwd(), 'dist/web'), DEMO: 'true' });
    let browser: Browser | null = null;
    try {
      await app.app.get(DemoSeeder).seed();
      const base = app.url.replace(/\/graphql$/, '');
      browser = await lancerChromium();
      const pageDeConnexion: number[] = [];
      const premierEcran: number[] = [];
      // one warm-up person: the server's first queries (as-of caches, JIT) are not what a person meets every day
      for (let run = -1; run < RUNS; run++) {
        const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        const connexion = await timed(async () => {
          await page.goto(`${base}/`);
          await page.getByRole('button', { name: 'Se connecter' }).waitFor();
        });
        await page.getByRole('radio', { name: /Agent de l’EPCI/ }).check();
        const ecran = await timed(() => signIn(page));
        if (run >= 0) {
          pageDeConnexion.push(connexion);
          premierEcran.push(ecran);
        }
        // contexts stay open: @sparticuz/chromium runs single-process, closing one may end the browser
      }
      const baseline = median(pageDeConnexion);
      const mesure = median(premierEcran);
      printTable(
        ['measure (median of 7, fresh browser context each)', 'ms', 'min–max ms', 'ratio to baseline'],
        [
          [
            'baseline: sign-in page loaded (HTML, script, configuration)',
            ms(baseline),
            `${ms(Math.min(...pageDeConnexion))}–${ms(Math.max(...pageDeConnexion))}`,
            '1.00×',
          ],
          [
            'first screen after sign-in: 2019 tableau de bord with figures and chart',
            ms(mesure),
            `${ms(Math.min(...premierEcran))}–${ms(Math.max(...premierEcran))}`,
            `${(mesure / baseline).toFixed(2)}×`,
          ],
        ],
      );
      console.log(`\nbudget ${BUDGET_MS} ms: ${mesure <= BUDGET_MS ? 'met' : 'NOT met'} (median ${ms(mesure)} ms)`);
    } finally {
      await browser?.close();
      await app.close();
    }
  },
};

/** From the click on « Se connecter » to the tableau de bord showing its counts and its first chart. */
async function signIn(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByTestId('compte-Déposés').waitFor();
  await page.locator('[role="img"] svg').first().waitFor();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(value: number): string {
  return String(Math.round(value));
}
