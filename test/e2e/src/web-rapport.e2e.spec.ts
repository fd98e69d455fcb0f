import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readModelsAJour, startTestApp, type TestApp } from '@cdv/app-harness';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { attendreTexte, capture, lancerChromium, violationsGraves } from './support/browser';

/**
 * The « Rapport annuel » screen in a real Chromium against the standalone app with the demo data (issue 15): the
 * CABBALR 2019 report the demo seeder arrêted and consulted, its preview (the server's HTML) where a figure opens
 * into its dossiers, the consultation and its avis, the DOCX download, an adoption refused on its field then
 * recorded, and the transmission it opens; a lecteur reads without actions.
 * axe-core on each state; screenshots in tmp/screenshots.
 */
const ROOT = join(__dirname, '../../..');
const TENANT = 'cabbalr';

jest.setTimeout(240_000);

describe('web application: the rapport annuel screen (standalone app, demo data)', () => {
  let app: TestApp;
  let base: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const erreursPage: string[] = [];

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'tools/web-build.js')], { stdio: 'inherit', timeout: 300_000 });
    app = await startTestApp('standalone', StandaloneModule.forRoot, { WEB_DIR: join(ROOT, 'dist/web'), DEMO: 'true' });
    await app.app.get(DemoSeeder).seed();
    await readModelsAJour(app.app);
    base = app.url.replace(/\/graphql$/, '');
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function nouvellePage(): Promise<Page> {
    const context = await browser.newContext({
      bypassCSP: true,
      locale: 'fr-FR',
      timezoneId: 'Europe/Paris',
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => erreursPage.push(error.message));
    return page;
  }

  async function verifierEcran(page: Page, nom: string): Promise<void> {
    await capture(page, nom);
    expect({ ecran: nom, violations: await violationsGraves(page), erreursPage }).toEqual({ ecran: nom, violations: [], erreursPage: [] });
  }

  async function seConnecter(page: Page, role: RegExp): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByRole('radio', { name: role }).check();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('comptes').waitFor();
  }

  let page: Page;

  it('shows the arrêté version 1 with its consultation; a figure of the preview opens into its dossiers', async () => {
    page = await nouvellePage();
    await seConnecter(page, /Agent de l’EPCI/);
    await page.getByRole('link', { name: 'Rapport annuel' }).click();
    await page.getByRole('heading', { name: 'Rapport annuel 2019' }).waitFor();
    await page.getByTestId('etat-rapport').getByText('Version 1 — Consultation close').waitFor();
    expect(new URL(page.url()).searchParams.get('version')).toBe('1');
    const consultation = page.getByRole('table', { name: /Avis des destinataires/ });
    await attendreTexte(consultation.getByRole('row', { name: /Marles-les-Mines/ }), { contient: 'Favorable' });
    await expect(consultation.getByText('Réputé favorable (silence)').count()).resolves.toBe(4);
    const apercu = page.frameLocator('iframe[title="Aperçu du rapport annuel 2019"]');
    await apercu.getByRole('heading', { level: 1 }).first().waitFor();
    await verifierEcran(page, 'rapport-01-version-1');

    await apercu.locator('[data-dossiers]').first().click();
    const panneau = page.getByRole('dialog', { name: 'Les dossiers derrière ce chiffre' });
    await panneau.waitFor();
    const liens = panneau.getByRole('link');
    expect(await liens.count()).toBeGreaterThan(0);
    await verifierEcran(page, 'rapport-02-dossiers-d-un-chiffre');
    const premier = await liens.first().textContent();
    await liens.first().click();
    await page.waitForURL(new RegExp(`/${TENANT}/dossiers/${premier}`));
    await panneau.waitFor({ state: 'detached' });
    await page.goBack();
    await page.getByRole('heading', { name: 'Rapport annuel 2019' }).waitFor();
    await page.getByTestId('etat-rapport').getByText('Version 1 — Consultation close').waitFor();
  });

  it('downloads the DOCX of the version shown', async () => {
    const [telechargement] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le DOCX' }).click()]);
    expect(telechargement.suggestedFilename()).toBe(`rapport-annuel-${TENANT}-2019-v1.docx`);
    const chemin = await telechargement.path();
    const zip = await JSZip.loadAsync(readFileSync(chemin));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('arrêtée au 29 septembre 2020');
  });

  it('refuses an adoption dated before the close of the consultation on its field, then adopts and offers the transmission', async () => {
    const formulaire = page.getByRole('form', { name: 'Adopter le rapport' });
    await formulaire.getByLabel('Délibération du').fill('2020-11-10');
    await formulaire.getByLabel('Numéro de délibération').fill('2020-12-CC-04');
    await formulaire.getByRole('button', { name: 'Adopter' }).click();
    const erreur = formulaire.getByText(/the consultation closed on 2020-11-21 \(VALIDATION_FAILED\)/);
    await erreur.waitFor();
    await verifierEcran(page, 'rapport-03-adoption-refusee');
    await formulaire.getByLabel('Délibération du').fill('2020-12-14');
    await formulaire.getByRole('button', { name: 'Adopter' }).click();
    await page.getByRole('status').getByText('Rapport adopté.').waitFor();
    await page.getByTestId('etat-rapport').getByText('Version 1 — Adopté').waitFor();
    await page.getByRole('form', { name: 'Transmettre le rapport' }).waitFor();
    await verifierEcran(page, 'rapport-04-adopte');
  });

  it('shows the projet assembled now, without the consultation, beside the versions', async () => {
    await page.getByLabel('Document').selectOption('projet');
    await page.getByTestId('etat-rapport').getByText('Projet non arrêté').waitFor();
    await expect(page.getByRole('table', { name: /Avis des destinataires/ }).count()).resolves.toBe(0);
    await page.frameLocator('iframe[title="Aperçu du rapport annuel 2019"]').getByRole('heading', { level: 1 }).first().waitFor();
    await verifierEcran(page, 'rapport-05-projet');
  });

  it('lets a lecteur read the report without any action', async () => {
    const lecteur = await nouvellePage();
    await seConnecter(lecteur, /Lecteur/);
    await lecteur.goto(`${base}/${TENANT}/rapport?annee=2019`);
    await lecteur.getByTestId('etat-rapport').getByText('Version 1 — Adopté').waitFor();
    await expect(lecteur.getByRole('heading', { name: 'Actions' }).count()).resolves.toBe(0);
    await verifierEcran(lecteur, 'rapport-06-lecteur');
  });
});
