import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readModelsAJour, type DistributedTestApps } from '@cdv/app-harness';
import { ProgrammationSeeder } from '@cdv/demo-programmation';
import { TerritoireSeeder } from '@cdv/demo-territoire';
import { CommandHandler, type EventStore } from '@cdv/eventsourcing';
import { EVENT_STORE, ReadModelsService } from '@cdv/platform';
import { attendreTexte, capture, lancerChromium, violationsGraves } from './support/browser';
import { televerser } from './support/televersement';
import { startTopology } from './support/topologies';

/**
 * The web application served by the gateway of the distributed topology (issue 14): its sign-in, the tableau de bord
 * read through the composed graph, and an import streamed through the gateway to the programmation service.
 */
const ROOT = join(__dirname, '../../..');
const TENANT = 'cabbalr';

jest.setTimeout(240_000);

describe('web application through the gateway (distributed topology)', () => {
  let apps: DistributedTestApps;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'tools/web-build.js')], { stdio: 'inherit', timeout: 300_000 });
    apps = (await startTopology('distributed', { WEB_DIR: join(ROOT, 'dist/web') })) as DistributedTestApps;
    const territoire = apps.services.territoire.app;
    await new TerritoireSeeder(territoire.get(CommandHandler), territoire.get<EventStore>(EVENT_STORE), territoire.get(ReadModelsService)).seed(TENANT);
    await new ProgrammationSeeder(apps.services.programmation.app.get(CommandHandler)).seedDemo({ tenants: [TENANT] });
    for (const service of Object.values(apps.services)) await readModelsAJour(service.app);
    base = apps.url.replace(/\/graphql$/, '');
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await apps?.close();
  });

  it('signs in at the gateway and opens the 2019 tableau de bord with the figures of the composed graph', async () => {
    const agent = await apps.clientFor(TENANT, 'agent');
    // the services project the seeded log in the background: the figures are there once they caught up
    let deposes = 0;
    for (let attempt = 0; attempt < 100 && deposes === 0; attempt++) {
      deposes = (await agent.ok<{ programmation: { comptes: { deposes: number } } }>(`{ programmation(annee: 2019) { comptes { deposes } } }`)).programmation
        .comptes.deposes;
      if (deposes === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(deposes).toBeGreaterThan(100);
    const context = await browser.newContext({ bypassCSP: true, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const erreurs: string[] = [];
    page.on('pageerror', (error) => erreurs.push(error.message));
    await page.goto(`${base}/`);
    await page.getByRole('radio', { name: /Agent de l’EPCI/ }).check();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByRole('heading', { name: 'Tableau de bord 2019' }).waitFor();
    await attendreTexte(page.getByTestId('compte-Déposés'), String(deposes));
    await page.locator('[role="img"] svg').first().waitFor();
    await capture(page, '40-passerelle-tableau-de-bord');
    expect({ violations: await violationsGraves(page), erreurs }).toEqual({ violations: [], erreurs: [] });
  });

  it('streams an import to the programmation service: the dry run answers through the gateway, a request without a token is refused; exports a list', async () => {
    const fichier = {
      nom: 'programmation.csv',
      octets:
        "Référence;Année;Intitulé de l'action;Porteur;Coût total;Financeur;Nature des crédits;Montant demandé\r\nG-1;2019;Action;Inconnu;1 000;Etat;crédits spécifiques;500\r\n",
    };
    const url = `${base}/imports/programmation?simulation=true`;
    const simulation = await televerser(url, { token: await apps.token(TENANT, 'agent'), tenant: TENANT, fichier, ndjson: true });
    expect(simulation.status).toBe(200);
    expect(simulation.body).toMatchObject({ fichier: 'programmation.csv', porteursInconnus: [{ nom: 'Inconnu', lignes: [2] }] });
    const anonyme = await televerser(url, { tenant: TENANT, fichier });
    expect([anonyme.status, anonyme.body.errors?.[0].extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    // the référentiel's lists are exported by the service that holds their read models too
    const partenaires = await fetch(`${base}/exports/partenaires.csv?role=financeur`, {
      headers: { authorization: `Bearer ${await apps.token(TENANT, 'lecteur')}`, 'x-tenant': TENANT },
    });
    expect(partenaires.status).toBe(200);
    expect((await partenaires.text()).split('\r\n')[0]).toMatch(/^\uFEFF?Identifiant;Nom;Nature;Rôles/);
  });
});
