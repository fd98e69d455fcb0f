import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readModelsAJour, startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { capture, lancerChromium, violationsGraves } from './support/browser';

/**
 * The web application in a real Chromium against the standalone app with the demo data (issue 14, « Done when »):
 * sign-in, the 2019 tableau de bord against the `programmation` query, dossiers filtered by pilier and QPV, a vote
 * by the État's instructeur (a refusal on its field, a stale revision), the agent retaining the dossier, its
 * historique, « Voir au » before the vote, the comité and the financeurs' screens, a phone-sized screen; axe-core
 * on every screen; a screenshot of each in tmp/screenshots.
 */
const ROOT = join(__dirname, '../../..');
const TENANT = 'cabbalr';
const DOSSIER = 'web-e2e-1';
const euros = (value: string) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Number(value));

jest.setTimeout(240_000);

describe('web application in a browser (standalone app, demo data)', () => {
  let app: TestApp;
  let base: string;
  let browser: Browser;
  let agent: GraphqlClient;
  const contexts: BrowserContext[] = [];
  let avantVote: string;
  const erreursPage: string[] = [];

  beforeAll(async () => {
    // A fresh clone runs `npm install` then `npm test`: build the web application when missing or out of date.
    execFileSync(process.execPath, [join(ROOT, 'tools/web-build.js')], { stdio: 'inherit', timeout: 300_000 });
    app = await startTestApp('standalone', StandaloneModule.forRoot, { WEB_DIR: join(ROOT, 'dist/web'), DEMO: 'true' });
    await app.app.get(DemoSeeder).seed();
    await readModelsAJour(app.app);
    base = app.url.replace(/\/graphql$/, '');
    agent = await app.clientFor(TENANT, 'agent');
    // A late deposit under instruction, with a line of the État (the demo's 2019 dossiers are all decided).
    const reason = { reason: 'dépôt tardif accepté par le comité de pilotage' };
    await agent.ok(`mutation($input: DeposerDossierInput!) { deposerDossier(input: $input) { revision } }`, {
      input: {
        dossierId: DOSSIER,
        annee: 2019,
        porteurId: 'ville-d-auchel',
        titre: 'Atelier numérique des Provinces',
        description: 'Initiation au numérique pour les habitants',
        publics: ['adultes'],
        intercommunal: true,
        qpvIds: [],
        classement: { pilier: { id: 'v1.P1', libelle: 'PILIER 1. COHESION SOCIALE' } },
        coutTotal: '8000.00',
        dateDebut: '2019-04-01',
        dateFin: '2019-12-31',
        ...reason,
      },
    });
    await agent.ok(`mutation($input: DemanderFinancementInput!) { demanderFinancement(input: $input) { revision } }`, {
      input: { dossierId: DOSSIER, financeurId: 'etat', nature: 'credits_specifiques', montant: '3000.00' },
    });
    await agent.ok(`mutation($input: MettreEnInstructionInput!) { mettreEnInstruction(input: $input) { revision } }`, { input: { dossierId: DOSSIER } });
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A page of its own (a person), French and in Paris time; CSP bypassed only so that axe-core can be injected. */
  async function nouvellePage(largeur = 1280): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: largeur, height: 900 } });
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => erreursPage.push(`${error.message}`));
    return page;
  }

  async function verifierEcran(page: Page, nom: string): Promise<void> {
    await capture(page, nom);
    expect({ ecran: nom, violations: await violationsGraves(page), erreursPage }).toEqual({ ecran: nom, violations: [], erreursPage: [] });
  }

  async function seConnecter(page: Page, role: 'agent' | 'instructeur', organisation?: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByRole('radio', { name: role === 'agent' ? /Agent de l’EPCI/ : /Instructeur d’un financeur/ }).check();
    if (organisation) {
      await page.getByRole('combobox', { name: 'Financeur' }).click();
      await page.getByRole('option', { name: organisation, exact: true }).click();
    }
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('comptes').waitFor();
  }

  let pageAgent: Page;

  it('signs in as agent of cabbalr: the 2019 tableau de bord shows the programmation query’s figures', async () => {
    pageAgent = await nouvellePage();
    await pageAgent.goto(`${base}/`);
    await pageAgent.getByRole('button', { name: 'Se connecter' }).waitFor();
    await verifierEcran(pageAgent, '01-connexion');
    const debut = Date.now();
    await seConnecter(pageAgent, 'agent');
    const interactif = Date.now() - debut;
    console.log(`first screen after sign-in interactive in ${interactif} ms (tableau de bord, demo data)`);
    await pageAgent.getByRole('heading', { name: 'Tableau de bord 2019' }).waitFor();
    const { programmation } = await agent.ok<{
      programmation: { comptes: { deposes: number; retenus: number; nonRetenus: number; porteursDeposants: number }; parFinanceur: Array<{ vote: string }> };
    }>(`{ programmation(annee: 2019) { comptes { deposes retenus nonRetenus porteursDeposants } parFinanceur { vote } } }`);
    expect(await pageAgent.getByTestId('compte-Déposés').textContent()).toBe(String(programmation.comptes.deposes));
    expect(await pageAgent.getByTestId('compte-Retenus').textContent()).toBe(String(programmation.comptes.retenus));
    expect(await pageAgent.getByTestId('compte-Non retenus').textContent()).toBe(String(programmation.comptes.nonRetenus));
    expect(await pageAgent.getByTestId('compte-Porteurs distincts (déposants)').textContent()).toBe(String(programmation.comptes.porteursDeposants));
    const totalVote = programmation.parFinanceur.reduce((sum, ligne) => sum + Number(ligne.vote), 0);
    const pied = pageAgent.locator('table').first().locator('tfoot');
    await expect(pied.textContent()).resolves.toContain(euros(String(totalVote)));
    await pageAgent.locator('[role="img"] svg').first().waitFor();
    await verifierEcran(pageAgent, '02-tableau-de-bord');
  });

  it('filters the dossiers by pilier and QPV; the filters are in the URL; opens one', async () => {
    await pageAgent.getByRole('link', { name: 'Dossiers' }).click();
    await pageAgent.getByTestId('nombre-dossiers').waitFor();
    await pageAgent.getByRole('combobox', { name: 'Pilier' }).click();
    await pageAgent.getByRole('option', { name: 'PILIER 1. COHESION SOCIALE' }).click();
    await pageAgent.waitForURL(/pilier=v1\.P1/);
    await pageAgent.getByRole('combobox', { name: 'Quartier (QPV)' }).click();
    await pageAgent.getByRole('option', { name: 'Mont-Liébaud' }).click();
    await pageAgent.waitForURL(/qpv=cabbalr-qpv-mont-liebaud/);
    const { dossiers } = await agent.ok<{ dossiers: { totalCount: number; edges: Array<{ node: { titre: string } }> } }>(
      `{ dossiers(filter: { annee: 2019, pilier: "v1.P1", qpv: "cabbalr-qpv-mont-liebaud" }) { totalCount edges { node { titre } } } }`,
    );
    expect(dossiers.totalCount).toBeGreaterThan(0);
    await pageAgent
      .getByTestId('nombre-dossiers')
      .filter({ hasText: new RegExp(`^${dossiers.totalCount} dossier`) })
      .waitFor();
    await verifierEcran(pageAgent, '03-dossiers-filtres');
    // the shared URL gives the same view
    const partagee = await nouvellePage();
    await seConnecter(partagee, 'agent');
    await partagee.goto(pageAgent.url());
    await partagee
      .getByTestId('nombre-dossiers')
      .filter({ hasText: new RegExp(`^${dossiers.totalCount} dossier`) })
      .waitFor();
    await pageAgent.getByRole('link', { name: dossiers.edges[0].node.titre }).click();
    await pageAgent.getByTestId('statut-dossier').waitFor();
    await verifierEcran(pageAgent, '04-dossier');
  });

  it('as instructeur of the État: a refused vote shows the server’s message on its field; a stale revision shows what changed; then the vote', async () => {
    const page = await nouvellePage();
    await seConnecter(page, 'instructeur', 'Etat');
    await page.goto(`${base}/${TENANT}/dossiers/${DOSSIER}`);
    await page.getByTestId('statut-dossier').waitFor();
    // only its own line's commands, never the dossier's decision
    await expect(page.getByRole('button', { name: /^Retenir le dossier/ }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Voter — Etat, Crédits spécifiques' }).click();
    const montant = page.getByRole('textbox', { name: 'Montant (€)' });
    await expect(montant.inputValue()).resolves.toBe('3000');
    await montant.fill('9 000');
    await page.getByRole('button', { name: 'Voter', exact: true }).click();
    const erreurMontant = page.locator('[id$="montant-error"]');
    await erreurMontant.waitFor();
    await expect(erreurMontant.textContent()).resolves.toMatch(/exceeds the demande amount.*\(VALIDATION_FAILED\)/);
    await expect(montant.getAttribute('aria-invalid')).resolves.toBe('true');
    await verifierEcran(page, '05-refus-sur-le-champ');

    // meanwhile the agent gives an avis: the displayed revision is stale
    await agent.ok(`mutation($input: EmettreAvisInput!) { emettreAvis(input: $input) { revision } }`, {
      input: { dossierId: DOSSIER, avis: 'reserve', commentaire: 'Budget à préciser', auteurId: 'cabbalr' },
    });
    await montant.fill('2 500');
    await page.getByRole('textbox', { name: 'Raison (facultative)' }).fill('Avis du service instructeur de la préfecture');
    await page.getByRole('button', { name: 'Voter', exact: true }).click();
    const conflit = page.getByTestId('conflit');
    await conflit.waitFor();
    await expect(conflit.textContent()).resolves.toMatch(/AvisEmis par agent de l’EPCI/);
    await verifierEcran(page, '06-conflit');
    await page.getByRole('button', { name: 'Recharger le dossier' }).click();
    await conflit.waitFor({ state: 'detached' });

    await new Promise((resolve) => setTimeout(resolve, 1100));
    avantVote = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await page.getByRole('button', { name: 'Voter', exact: true }).click();
    await page.getByText('Voter : enregistré.').waitFor();
    // the line is read again after the message: wait for it rather than read it once
    await page.locator('tbody tr').first().filter({ hasText: 'Voté' }).waitFor();
    await page.goto(`${base}/${TENANT}/financeurs?annee=2019`);
    await page.getByRole('heading', { name: /^Etat/ }).first().waitFor();
    await verifierEcran(page, '07-instructeur-financeur');
  });

  it('as agent: retains the dossier; its historique shows the vote with author and reason', async () => {
    await pageAgent.goto(`${base}/${TENANT}/dossiers/${DOSSIER}`);
    await pageAgent.getByRole('button', { name: 'Retenir le dossier — dossier' }).click();
    await pageAgent.getByRole('button', { name: 'Retenir le dossier', exact: true }).click();
    await pageAgent.getByText('Retenir le dossier : enregistré.').waitFor();
    await expect(pageAgent.getByTestId('statut-dossier').textContent()).resolves.toBe('Retenu');
    await pageAgent.getByRole('link', { name: 'Historique du dossier' }).click();
    const vote = pageAgent.getByTestId('entree-historique').filter({ hasText: 'Avis du service instructeur de la préfecture' });
    await vote.waitFor();
    await expect(vote.textContent()).resolves.toMatch(/instructeur@cabbalr.*instructeur, etat/);
    await expect(vote.textContent()).resolves.toMatch(/2500\.00|2 ?500/);
    await verifierEcran(pageAgent, '08-historique');
  });

  it('« Voir au » before the vote shows the earlier figures, read-only, with a way back to now', async () => {
    await pageAgent.goto(`${base}/${TENANT}/tableau-de-bord?annee=2019`);
    await pageAgent.getByTestId('comptes').waitFor();
    const paris = new Date(avantVote).toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).replace(' ', 'T');
    await pageAgent.getByLabel('Voir au (date et heure)').fill(paris);
    await pageAgent.getByRole('button', { name: 'Voir au', exact: true }).click();
    await pageAgent.getByText(/Lecture seule/).waitFor();
    const attendu = await agent.ok<{ programmation: { parFinanceur: Array<{ vote: string }> } }>(
      `query($asOf: DateTime) { programmation(annee: 2019, asOf: $asOf) { parFinanceur { vote } } }`,
      { asOf: avantVote },
    );
    const maintenant = await agent.ok<{ programmation: { parFinanceur: Array<{ vote: string }> } }>(`{ programmation(annee: 2019) { parFinanceur { vote } } }`);
    const total = (data: typeof attendu) => data.programmation.parFinanceur.reduce((sum, ligne) => sum + Number(ligne.vote), 0);
    expect(total(maintenant) - total(attendu)).toBe(2500);
    const pied = pageAgent.locator('table').first().locator('tfoot');
    await expect(pied.textContent()).resolves.toContain(euros(String(total(attendu))));
    await verifierEcran(pageAgent, '09-voir-au');
    // the dossier as of then: under instruction, the État's line only asked, and no command offered
    await pageAgent.getByRole('link', { name: 'Dossiers' }).click();
    await pageAgent.waitForURL(/asOf=/);
    await pageAgent.goto(`${base}/${TENANT}/dossiers/${DOSSIER}${new URL(pageAgent.url()).search}`);
    await expect(pageAgent.getByTestId('statut-dossier').textContent()).resolves.toBe('En instruction');
    await expect(pageAgent.getByRole('button', { name: /Retenir|Voter|Abandonner/ }).count()).resolves.toBe(0);
    await pageAgent.getByRole('button', { name: 'Revenir à maintenant' }).first().click();
    await pageAgent.getByTestId('statut-dossier').filter({ hasText: 'Retenu' }).waitFor();
  });

  it('the comité screen and a phone-sized tableau de bord pass axe-core', async () => {
    await pageAgent.goto(`${base}/${TENANT}/comite?annee=2019`);
    await pageAgent.getByText('Ordre du jour').waitFor();
    await verifierEcran(pageAgent, '10-comite');
    const telephone = await nouvellePage(390);
    await seConnecter(telephone, 'agent');
    await telephone.locator('[role="img"] svg').first().waitFor();
    const largeur = await telephone.evaluate(
      () => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth,
    );
    expect(largeur).toBeLessThanOrEqual(390);
    await verifierEcran(telephone, '11-telephone-tableau-de-bord');
  });
});
