import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SignJWT } from 'jose';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readModelsAJour, GraphqlClient, startTestApp, TEST_AUTH_SECRET, type TestApp } from '@cdv/app-harness';
import { authOf } from '@cdv/platform';
import { executable, pdf } from '@cdv/testing';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { attendreTexte, capture, lancerChromium, violationsGraves } from './support/browser';

/**
 * The web application's second half in a real Chromium against the standalone app with the demo data (issue 17,
 * « Done when »): a porteur deposits a dossier with two financing lines, sees the plan refused while it exceeds the
 * cost, keeps its draft across a reload and an expired session, and later deposits its bilan; a porteur of another
 * organisation reaches that dossier neither by URL nor in anything its browser downloads; an auditeur reads the
 * journal page by page, compares the 2019 programmation between two instants and downloads an evidence bundle that
 * the real `cli verify-bundle` accepts; a token of two workspaces switches between them. axe-core on every screen.
 */
const ROOT = join(__dirname, '../../..');
const TENANT = 'cabbalr';
const PORTEUR = 'ville-d-auchel';
const ANNEE = new Date().getFullYear() + 1;
const jour = (decalage: number) => new Date(Date.now() + decalage * 86_400_000).toISOString().slice(0, 10);

jest.setTimeout(300_000);

describe('web application: porteurs and auditeurs in a browser (standalone app, demo data)', () => {
  let app: TestApp;
  let base: string;
  let browser: Browser;
  let agent: GraphqlClient;
  const contexts: BrowserContext[] = [];
  const erreursPage: string[] = [];
  let financeurs: { etat: string; epci: string };
  let autrePorteur: { id: string; nom: string };
  let dossierId: string;
  let avantCorrection: string;
  let apresCorrection: string;
  let ecartVote: number;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'tools/web-build.js')], { stdio: 'inherit', timeout: 300_000 });
    app = await startTestApp('standalone', StandaloneModule.forRoot, { WEB_DIR: join(ROOT, 'dist/web'), DEMO: 'true' });
    await app.app.get(DemoSeeder).seed();
    await readModelsAJour(app.app);
    base = app.url.replace(/\/graphql$/, '');
    agent = await app.clientFor(TENANT, 'agent');
    const admin = await app.clientFor(TENANT, 'admin');
    // The demo's communes have no INSEE code yet: the administrator gives two of them theirs.
    for (const [nom, codeInsee] of [
      ['Béthune', '62119'],
      ['Auchel', '62048'],
    ]) {
      await admin.ok(`mutation($input: AttribuerCodeInseeCommuneInput!) { attribuerCodeInseeCommune(input: $input) { revision } }`, {
        input: { nom, codeInsee },
      });
    }
    await agent.ok(`mutation($input: OuvrirAppelAProjetsInput!) { ouvrirAppelAProjets(input: $input) { revision } }`, {
      input: { annee: ANNEE, titre: `Appel à projets ${ANNEE}`, ouvertureLe: jour(-10), clotureLe: jour(60) },
    });
    const { etat, epci, porteurs } = await agent.ok<{
      etat: { nom: string };
      epci: { nom: string };
      porteurs: { edges: Array<{ node: { id: string; nom: string } }> };
    }>(
      `{ etat: partenaire(id: "etat") { nom } epci: partenaire(id: "cabbalr") { nom } porteurs: partenaires(filter: { role: porteur }, first: 200) { edges { node { id nom } } } }`,
    );
    financeurs = { etat: etat.nom, epci: epci.nom };
    autrePorteur = porteurs.edges.map((edge) => edge.node).find((porteur) => porteur.id !== PORTEUR && /^[\w' -]+$/.test(porteur.nom)) as {
      id: string;
      nom: string;
    };
    // A correction of a 2019 vote between two instants, for the auditeur's comparison.
    // the demo's read models are projected in the background after the seed: wait until they show its dossiers
    type Lu = { revision: number; lignes: Array<{ id: string; vote: string }> };
    let dossier: Lu | null = null;
    for (let essai = 0; dossier === null; essai += 1) {
      const reponse: { data?: { dossier: Lu } | null; errors?: unknown } = await agent.request<{ dossier: Lu }>(
        `{ dossier(id: "cabbalr-2019-049") { revision lignes { id vote } } }`,
      );
      if (reponse.data?.dossier) dossier = reponse.data.dossier;
      else if (essai > 60) throw new Error(`the demo's dossiers are not readable: ${JSON.stringify(reponse.errors)}`);
      else await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const lu = dossier as Lu;
    ecartVote = Math.round(Number(lu.lignes[0].vote) * 100) - 7500_00;
    await new Promise((resolve) => setTimeout(resolve, 1100));
    avantCorrection = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await agent.ok(`mutation($input: CorrigerMontantInput!) { corrigerMontant(input: $input) { revision } }`, {
      input: {
        dossierId: 'cabbalr-2019-049',
        ligneId: dossier.lignes[0].id,
        etape: 'vote',
        montant: '7500.00',
        reason: 'Erreur de saisie au comité du 15 mars',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    apresCorrection = new Date().toISOString();
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** A person's page (French, Paris time); CSP bypassed only so that axe-core can be injected. Keeps what /graphql answered. */
  async function nouvellePage(reponses?: string[]): Promise<Page> {
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
    if (reponses) {
      page.on('response', (response) => {
        if (new URL(response.url()).origin === base)
          void response.text().then(
            (text) => reponses.push(`${response.url()} ${text}`),
            () => undefined,
          );
      });
    }
    return page;
  }

  async function verifierEcran(page: Page, nom: string): Promise<void> {
    await capture(page, nom);
    expect({ ecran: nom, violations: await violationsGraves(page), erreursPage }).toEqual({ ecran: nom, violations: [], erreursPage: [] });
  }

  async function seConnecterPorteur(page: Page, nom: string): Promise<void> {
    await page.goto(`${base}/`);
    await page.getByRole('radio', { name: /Porteur de projet/ }).check();
    await page.getByRole('combobox', { name: 'Porteur' }).click();
    await page.getByRole('option', { name: nom, exact: true }).click();
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByTestId('nombre-dossiers').waitFor();
  }

  /** A session as the sign-in leaves it, for a token the test mints (a short-lived one, two workspaces). */
  async function avecJeton(page: Page, token: string, tenant: string): Promise<void> {
    const { moi } = await new GraphqlClient(app.url, token, tenant).ok<{
      moi: { userId: string; roles: string[]; organisationId: string | null; workspaces: string[] };
    }>(`{ moi { userId roles organisationId workspaces } }`);
    await page.goto(`${base}/connexion`);
    const session = {
      token,
      userId: moi.userId,
      tenant,
      role: moi.roles[0],
      organisationId: moi.organisationId,
      workspaces: moi.workspaces,
      mode: 'local',
      expiresAt: null,
    };
    await page.evaluate(
      (value) => (globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }).sessionStorage.setItem('cdv.session', value),
      JSON.stringify(session),
    );
  }

  const reponsesPorteur: string[] = [];
  let pagePorteur: Page;

  it('a porteur deposits a dossier with two financing lines: the plan is refused while it exceeds the cost, the draft survives a reload and an expired session', async () => {
    pagePorteur = await nouvellePage(reponsesPorteur);
    // A token of the local issuer that expires in a few seconds (the server tolerates 30 s of clock skew).
    const auth = authOf(app.config);
    const maintenant = Math.floor(Date.now() / 1000);
    const courte = await new SignJWT({ memberships: [{ tenant: TENANT, roles: ['porteur'], organisationId: PORTEUR }] })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(`porteur@${TENANT}`)
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setIssuedAt(maintenant)
      .setExpirationTime(maintenant + 2)
      .sign(new TextEncoder().encode(TEST_AUTH_SECRET));
    await avecJeton(pagePorteur, courte, TENANT);
    await pagePorteur.goto(`${base}/`);
    await pagePorteur.getByRole('heading', { name: /^Mes dossiers — Ville d'Auchel/ }).waitFor();
    await pagePorteur.getByTestId('nombre-dossiers').waitFor();
    await verifierEcran(pagePorteur, '12-porteur-mes-dossiers');

    await pagePorteur.getByRole('link', { name: 'Déposer un dossier' }).first().click();
    await pagePorteur.getByLabel('Appel à projets').selectOption(String(ANNEE));
    await pagePorteur.getByLabel('Titre de l’action').fill('Café numérique des Provinces');
    await pagePorteur.getByLabel('Description').fill('Accompagnement aux démarches en ligne, deux après-midi par semaine');
    await pagePorteur.getByRole('combobox', { name: 'Publics visés' }).fill('demandeurs d’emploi');
    await pagePorteur.keyboard.press('Enter');
    await verifierEcran(pagePorteur, '13-depot-etape-action');
    await pagePorteur.getByRole('button', { name: 'Étape suivante' }).click();
    await pagePorteur.getByRole('combobox', { name: 'Communes' }).click();
    await pagePorteur.getByRole('option', { name: 'Auchel', exact: true }).click();
    await pagePorteur.keyboard.press('Escape');
    await pagePorteur.getByRole('combobox', { name: 'Quartiers prioritaires (QPV) visés' }).click();
    await pagePorteur.getByRole('option', { name: /^Provinces longues/ }).click();
    await pagePorteur.keyboard.press('Escape');
    await pagePorteur.getByRole('button', { name: 'Étape suivante' }).click();
    await pagePorteur.getByLabel('Pilier', { exact: true }).selectOption('v1.P1');
    await pagePorteur.getByLabel('Orientation', { exact: true }).selectOption('v1.P1.o2');
    await pagePorteur.getByLabel('Priorité', { exact: true }).selectOption('v1.fdr.4');
    await pagePorteur.getByLabel('Sous-priorité', { exact: true }).selectOption('v1.fdr.4.2');
    await verifierEcran(pagePorteur, '14-depot-etape-classement');
    await pagePorteur.getByRole('button', { name: 'Étape suivante' }).click();
    await pagePorteur.getByLabel('Début de l’action').fill(`${ANNEE}-02-01`);
    await pagePorteur.getByLabel('Fin de l’action').fill(`${ANNEE}-12-15`);
    await pagePorteur.getByLabel('Coût total (€)').fill('12 000');
    await pagePorteur.getByRole('combobox', { name: 'Financeur 1' }).click();
    await pagePorteur.getByRole('option', { name: financeurs.etat, exact: true }).click();
    await pagePorteur.getByLabel('Nature 1').selectOption('credits_specifiques');
    await pagePorteur.getByLabel('Montant demandé 1 (€)').fill('7 000');
    await pagePorteur.getByRole('button', { name: 'Ajouter un financeur' }).click();
    await pagePorteur.getByRole('combobox', { name: 'Financeur 2' }).click();
    await pagePorteur.getByRole('option', { name: financeurs.epci, exact: true }).click();
    await pagePorteur.getByLabel('Nature 2').selectOption('credits_specifiques');
    await pagePorteur.getByLabel('Montant demandé 2 (€)').fill('6 000');
    // checked as it is typed: 13 000 € asked for a cost of 12 000 €
    const etatPlan = pagePorteur.getByTestId('etat-plan');
    await etatPlan.getByRole('alert').filter({ hasText: 'dépasse le coût total' }).waitFor();
    await attendreTexte(etatPlan, /13\s000\s€ sur un coût total de 12\s000\s€.*1\s000\s€ de trop/);
    await verifierEcran(pagePorteur, '15-depot-plan-depasse');
    // sending anyway is refused before anything is written, and brings back the plan
    await pagePorteur.getByRole('button', { name: /Vérifier et déposer/ }).click();
    await pagePorteur.getByRole('button', { name: 'Déposer le dossier' }).click();
    await pagePorteur.getByLabel('Montant demandé 2 (€)').waitFor();
    await etatPlan.getByRole('alert').waitFor();
    const avant = await agent.ok<{ espacePorteur: { dossiers: { totalCount: number } } }>(
      `query($p: String!, $a: Int!) { espacePorteur(porteurId: $p, annee: $a) { dossiers { totalCount } } }`,
      { p: PORTEUR, a: ANNEE },
    );
    expect(avant.espacePorteur.dossiers.totalCount).toBe(0);

    // the draft is kept: a reload brings everything back
    await pagePorteur.waitForTimeout(700);
    await pagePorteur.reload();
    await pagePorteur.getByText('Brouillon repris').waitFor();
    await expect(pagePorteur.getByLabel('Titre de l’action').inputValue()).resolves.toBe('Café numérique des Provinces');
    await pagePorteur.getByRole('button', { name: /Budget Dates, coût/ }).click();
    await pagePorteur.getByLabel('Montant demandé 2 (€)').fill('5 000');
    await attendreTexte(etatPlan, /reste à financer .* 0\s€/);
    await pagePorteur.getByRole('button', { name: /Vérifier et déposer/ }).click();

    // the session has expired meanwhile: sending brings the sign-in over the form, which stays as typed
    await attendreRefus(courte);
    await pagePorteur.getByRole('button', { name: 'Déposer le dossier' }).click();
    const modale = pagePorteur.getByRole('dialog', { name: 'Votre session a expiré' });
    await modale.waitFor();
    await verifierEcran(pagePorteur, '16-session-expiree');
    await modale.getByRole('button', { name: 'Se reconnecter' }).click();
    await modale.waitFor({ state: 'detached' });
    await expect(pagePorteur.getByText(/Café numérique des Provinces/).count()).resolves.toBeGreaterThan(0);
    await pagePorteur.getByRole('button', { name: 'Déposer le dossier' }).click();
    await pagePorteur.getByText('Votre dossier est déposé').waitFor();
    await attendreTexte(pagePorteur.getByTestId('statut-dossier'), 'Déposé');
    dossierId = new URL(pagePorteur.url()).pathname.split('/').pop() as string;
    const { dossier } = await agent.ok<{
      dossier: {
        titre: string;
        coutTotal: string;
        communes: Array<{ insee: string }>;
        pilier: { id: string };
        lignes: Array<{ financeurId: string; demande: string }>;
      };
    }>(`query($id: String!) { dossier(id: $id) { titre coutTotal communes { insee } pilier { id } lignes { financeurId demande } } }`, { id: dossierId });
    expect(dossier).toMatchObject({ titre: 'Café numérique des Provinces', coutTotal: '12000.00', communes: [{ insee: '62048' }], pilier: { id: 'v1.P1' } });
    expect(dossier.lignes.map((ligne) => `${ligne.financeurId} ${ligne.demande}`).sort()).toEqual(['cabbalr 5000.00', 'etat 7000.00']);
    // the draft is gone once the server recorded everything
    await expect(
      pagePorteur.evaluate(() =>
        Object.keys((globalThis as unknown as { localStorage: Record<string, string> }).localStorage).filter((key) => key.startsWith('cdv.brouillon')),
      ),
    ).resolves.toEqual([]);
    // its pieces: an executable named .pdf is refused and said in French, then the budget is joined and downloaded
    const pieces = pagePorteur.getByRole('form', { name: 'Joindre une pièce' });
    await pieces.getByLabel('Type de pièce').selectOption('budget-previsionnel');
    await pieces.locator('input[type="file"]').setInputFiles({ name: 'budget.pdf', mimeType: 'application/pdf', buffer: executable() });
    await pieces.getByRole('button', { name: 'Joindre la pièce' }).click();
    await pieces.getByRole('alert').filter({ hasText: 'Ce type de fichier n’est pas accepté' }).waitFor();
    await pieces
      .locator('input[type="file"]')
      .setInputFiles({ name: 'Budget prévisionnel 2027.pdf', mimeType: 'application/pdf', buffer: pdf(3_000, 'Budget') });
    await pieces.getByRole('button', { name: 'Joindre la pièce' }).click();
    await pieces.getByRole('status').filter({ hasText: 'Budget prévisionnel : pièce jointe.' }).waitFor();
    const [piece] = await Promise.all([pagePorteur.waitForEvent('download'), pagePorteur.getByRole('link', { name: 'Budget prévisionnel 2027.pdf' }).click()]);
    expect(piece.suggestedFilename()).toMatch(/^Budget pr.visionnel 2027\.pdf$/);
    await verifierEcran(pagePorteur, '17-porteur-dossier-depose');
  });

  /** Clicks an export button and reads the file the browser receives. */
  async function telecharge(page: Page, bouton: string): Promise<{ nom: string; texte: string }> {
    const [fichier] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: bouton }).click()]);
    const chemin = await fichier.path();
    return { nom: fichier.suggestedFilename(), texte: readFileSync(chemin, 'utf8') };
  }

  /** Until the server refuses the token (its expiry plus the tolerated clock skew): at most a minute. */
  async function attendreRefus(token: string): Promise<void> {
    for (let essai = 0; essai < 60; essai += 1) {
      const client = new GraphqlClient(app.url, token, TENANT);
      const reponse = await client.request(`{ moi { userId } }`);
      if (reponse.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED') return;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    throw new Error('the short-lived token is still accepted after a minute');
  }

  it('a porteur of another organisation reaches that dossier neither by URL nor in what its browser downloads', async () => {
    const reponses: string[] = [];
    const page = await nouvellePage(reponses);
    await seConnecterPorteur(page, autrePorteur.nom);
    await page.goto(`${base}/${TENANT}/dossiers/${dossierId}`);
    await page.getByRole('alert').filter({ hasText: 'Introuvable' }).waitFor();
    await verifierEcran(page, '18-autre-porteur-refuse');
    await page.goto(`${base}/${TENANT}/tableau-de-bord`);
    await page.getByRole('alert').waitFor();
    await page.waitForLoadState('networkidle');
    // the refusal names the id it was asked for (NOT_FOUND), nothing of the dossier
    expect(reponses.filter((reponse) => /Café numérique|Budget prévisionnel 2027|"data":\{"dossier":\{/.test(reponse))).toEqual([]);
    // and the first porteur downloaded no other organisation's dossier either
    const { dossiers } = await agent.ok<{ dossiers: { edges: Array<{ node: { id: string; porteur: { id: string } } }> } }>(
      `{ dossiers(filter: { annee: 2019 }, first: 200) { edges { node { id porteur { id } } } } }`,
    );
    const autres = dossiers.edges.map((edge) => edge.node).filter((node) => node.porteur.id !== PORTEUR);
    expect(autres.length).toBeGreaterThan(10);
    expect(reponsesPorteur.length).toBeGreaterThan(5);
    const fuites = autres.filter((autre) => reponsesPorteur.some((reponse) => reponse.includes(`"${autre.id}"`))).map((autre) => autre.id);
    expect(fuites).toEqual([]);
  });

  it('later, once the action runs, the porteur deposits its bilan', async () => {
    await agent.ok(`mutation($input: MettreEnInstructionInput!) { mettreEnInstruction(input: $input) { revision } }`, { input: { dossierId } });
    for (const ligneId of ['etat:credits_specifiques', 'cabbalr:credits_specifiques']) {
      const montant = ligneId.startsWith('etat') ? '7000.00' : '5000.00';
      await agent.ok(`mutation($input: VoterFinancementInput!) { voterFinancement(input: $input) { revision } }`, { input: { dossierId, ligneId, montant } });
    }
    await agent.ok(`mutation($input: RetenirDossierInput!) { retenirDossier(input: $input) { revision } }`, { input: { dossierId } });
    await agent.ok(`mutation($input: SignerConventionInput!) { signerConvention(input: $input) { revision } }`, {
      input: {
        typeConvention: 'annuelle',
        objet: 'Café numérique des Provinces',
        porteurId: PORTEUR,
        signataires: ['etat', 'cabbalr'],
        anneeDebut: ANNEE,
        anneeFin: ANNEE,
        dateSignature: jour(0),
        dossiers: [{ dossierId, annee: ANNEE }],
      },
    });
    await agent.ok(`mutation($input: DemarrerActionInput!) { demarrerAction(input: $input) { revision } }`, { input: { dossierId, dateDebut: jour(0) } });

    await pagePorteur.goto(`${base}/${TENANT}/mes-dossiers`);
    // its list as a spreadsheet: its own dossiers, no other organisation's
    const csv = await telecharge(pagePorteur, 'Exporter mes dossiers en CSV');
    expect(csv.nom).toMatch(/^cabbalr-dossiers.*\.csv$/);
    expect(csv.texte).toContain('Café numérique des Provinces');
    expect(csv.texte.trim().split('\n')).toHaveLength(1 + 7);
    expect(csv.texte).not.toContain(autrePorteur.nom);
    await pagePorteur.getByRole('link', { name: 'Café numérique des Provinces' }).click();
    await pagePorteur.getByRole('button', { name: 'Déposer le bilan — dossier' }).click();
    const bilan = pagePorteur.getByRole('form', { name: 'Déposer le bilan' });
    await bilan.getByLabel('Coût réalisé (€)').fill('11 800');
    await bilan.getByLabel('Femmes').fill('30');
    await bilan.getByLabel('Hommes').fill('25');
    await bilan.getByLabel('Dont résidents d’un QPV').fill('70');
    await bilan.getByLabel('18 à 25 ans').fill('20');
    await bilan.getByLabel('26 à 64 ans').fill('35');
    // more QPV residents than beneficiaries: said on the field as typed
    await expect(bilan.getByLabel('Dont résidents d’un QPV').getAttribute('aria-invalid')).resolves.toBe('true');
    await bilan.getByLabel('Dont résidents d’un QPV').fill('40');
    await bilan.getByRole('button', { name: 'Ajouter un indicateur' }).click();
    await bilan.getByRole('combobox', { name: 'Indicateur 1' }).click();
    await pagePorteur.getByRole('option', { name: /personnes accompagnées en parcours d'apprentissage numérique/ }).click();
    await bilan.getByLabel('Valeur 1').fill('55');
    await bilan.getByLabel('Récit de l’action').fill('Deux après-midi par semaine, 55 personnes accompagnées dont 40 habitants des Provinces.');
    await verifierEcran(pagePorteur, '19-porteur-bilan');
    await bilan.getByRole('button', { name: 'Déposer le bilan' }).click();
    await pagePorteur.getByRole('status').filter({ hasText: 'Bilan déposé' }).waitFor();
    await attendreTexte(pagePorteur.getByTestId('statut-dossier'), 'Bilan déposé');
    const { dossier } = await agent.ok<{
      dossier: { bilan: { coutRealise: string; beneficiaires: Record<string, number> }; indicateurs: Array<{ indicateurId: string; valeur: number }> };
    }>(
      `query($id: String!) { dossier(id: $id) { bilan { coutRealise beneficiaires { total femmes hommes residentsQpv } } indicateurs { indicateurId valeur } } }`,
      { id: dossierId },
    );
    expect(dossier).toEqual({
      bilan: { coutRealise: '11800.00', beneficiaires: { total: 55, femmes: 30, hommes: 25, residentsQpv: 40 } },
      indicateurs: [{ indicateurId: 'cabbalr-fdr-4-1', valeur: 55 }],
    });
  });

  let pageAuditeur: Page;

  it('an auditeur reads the journal page by page, with filters in the URL, and a stream’s full historique', async () => {
    pageAuditeur = await nouvellePage();
    await pageAuditeur.goto(`${base}/`);
    await pageAuditeur.getByRole('radio', { name: /Auditeur/ }).check();
    await pageAuditeur.getByRole('button', { name: 'Se connecter' }).click();
    await pageAuditeur.getByTestId('comptes').waitFor();
    await pageAuditeur.getByRole('button', { name: 'Audit' }).click();
    await pageAuditeur.getByRole('link', { name: 'Journal des changements' }).click();
    const page1 = pageAuditeur.getByTestId('page-journal');
    await page1.filter({ hasText: 'Page 1 : 100 événement(s), la suite' }).waitFor();
    const premiere = await pageAuditeur.locator('tbody tr').first().locator('td').first().textContent();
    await verifierEcran(pageAuditeur, '20-auditeur-journal');
    await pageAuditeur.getByRole('button', { name: 'Page suivante' }).click();
    await page1.filter({ hasText: 'Page 2' }).waitFor();
    const seconde = await pageAuditeur.locator('tbody tr').first().locator('td').first().textContent();
    expect(Number(seconde)).toBeGreaterThan(Number(premiere));
    // the porteur's dossier: its events, the porteur's deposit among them
    await pageAuditeur.getByLabel('Dossier (identifiant)').fill(dossierId);
    await pageAuditeur.getByRole('button', { name: 'Filtrer' }).click();
    await pageAuditeur.waitForURL(new RegExp(`dossierId=${dossierId}`));
    await page1.filter({ hasText: 'fin du journal' }).waitFor();
    await attendreTexte(pageAuditeur.locator('tbody'), /porteur@cabbalr \(porteur, ville-d-auchel\)/);
    const lignesJournal = await pageAuditeur.locator('tbody tr').count();
    const journal = await telecharge(pageAuditeur, 'Exporter le journal filtré en CSV');
    expect(journal.texte.trim().split('\n')).toHaveLength(1 + lignesJournal);
    expect(journal.texte).toContain('Bilan déposé;dossier-');
    await pageAuditeur.getByRole('link', { name: new RegExp(`^dossier-${dossierId} \\(rév\\. 0\\)`) }).click();
    await pageAuditeur.getByRole('heading', { name: `Historique complet — dossier-${dossierId}` }).waitFor();
    await pageAuditeur.getByRole('article', { name: /^Bilan déposé, révision/ }).waitFor();
    await verifierEcran(pageAuditeur, '21-auditeur-historique');
    await pageAuditeur.goto(`${base}/${TENANT}/audit/historique/appel-2019`);
    await pageAuditeur.getByTestId('entree-historique').first().waitFor();
  });

  it('an auditeur compares the 2019 programmation between two instants: figures before and after, the change with author and reason', async () => {
    await pageAuditeur.getByRole('link', { name: 'Comparer deux dates' }).click();
    const paris = (iso: string) => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Paris' }).replace(' ', 'T');
    await pageAuditeur.getByLabel('Année', { exact: true }).selectOption('2019');
    await pageAuditeur.getByLabel('Avant : tel que connu le').fill(paris(avantCorrection));
    await pageAuditeur.getByLabel('Après : tel que connu le').fill(paris(apresCorrection));
    await pageAuditeur.getByRole('button', { name: 'Comparer' }).click();
    await pageAuditeur.getByTestId('resume-comparaison').filter({ hasText: '1 changement(s) sur 1 dossier(s)' }).waitFor();
    const total = async (asOf: string) => {
      const { programmation } = await agent.ok<{ programmation: { parFinanceur: Array<{ vote: string }> } }>(
        `query($asOf: DateTime) { programmation(annee: 2019, asOf: $asOf) { parFinanceur { vote } } }`,
        { asOf },
      );
      return programmation.parFinanceur.reduce((somme, ligne) => somme + Math.round(Number(ligne.vote) * 100), 0);
    };
    const [avant, apres] = [await total(avantCorrection), await total(apresCorrection)];
    expect(avant - apres).toBe(ecartVote);
    const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100);
    const vote = pageAuditeur
      .getByRole('region', { name: /Montants 2019/ })
      .locator('tr')
      .filter({ hasText: 'Voté' });
    await attendreTexte(vote, { contient: `${euros(avant)}${euros(apres)}−${euros(ecartVote)}` });
    const changement = pageAuditeur.getByTestId('changement');
    await attendreTexte(changement, /Par agent@cabbalr \(agent de l’EPCI\).*Raison : « Erreur de saisie au comité du 15 mars »/);
    const avantCsv = await telecharge(pageAuditeur, 'Exporter la programmation avant en CSV');
    expect(avantCsv.nom).toMatch(/-au-\d{8}T\d{6}Z/);
    await verifierEcran(pageAuditeur, '22-auditeur-comparaison');
  });

  it('an auditeur verifies the chains and seals and downloads a bundle that the real `cli verify-bundle` accepts', async () => {
    await agent.ok(`mutation { poserSceau(motif: "avant l’audit de 2019") { scelle } }`);
    await pageAuditeur.getByRole('link', { name: 'Vérification et preuves' }).click();
    await pageAuditeur.getByRole('button', { name: 'Lancer la vérification' }).click();
    await pageAuditeur.getByTestId('verification').getByText('Intègre').waitFor();
    await pageAuditeur.getByLabel('Contenu').selectOption('annee');
    await pageAuditeur.getByLabel('Année', { exact: true }).selectOption('2019');
    const [telechargement] = await Promise.all([
      pageAuditeur.waitForEvent('download'),
      pageAuditeur.getByRole('button', { name: 'Télécharger le paquet de preuves' }).click(),
    ]);
    expect(telechargement.suggestedFilename()).toMatch(/^evidence-cabbalr-annee-2019-\d{8}T\d{6}Z\.jsonl$/);
    await pageAuditeur.getByText('Paquet téléchargé').waitFor();
    await verifierEcran(pageAuditeur, '23-auditeur-verification');
    // inside the repository: the compiled CLI finds its packages in node_modules (tmp/ is ignored by git)
    mkdirSync(join(ROOT, 'tmp'), { recursive: true });
    const dossier = mkdtempSync(join(ROOT, 'tmp', 'preuves-'));
    try {
      const fichier = join(dossier, telechargement.suggestedFilename());
      await telechargement.saveAs(fichier);
      expect(readFileSync(fichier, 'utf8')).toContain('"kind":"seal"');
      // the command an auditor runs on its own machine: the CLI compiled on its own, reading only the file
      execFileSync(process.execPath, [join(ROOT, 'tools/build.js'), '--out', join(dossier, 'dist')], { stdio: 'ignore', timeout: 180_000 });
      const cli = spawnSync(process.execPath, [join(dossier, 'dist/apps/cli/src/main.js'), 'verify-bundle', fichier], { encoding: 'utf8', timeout: 120_000 });
      expect({ status: cli.status, stdout: cli.stdout, stderr: cli.stderr }).toEqual({
        status: 0,
        stdout: expect.stringMatching(/: OK\n.*year 2019/s),
        stderr: '',
      });
    } finally {
      rmSync(dossier, { recursive: true, force: true });
    }
  });

  it('a token of two workspaces switches from one to the other, with the role it has in each', async () => {
    const page = await nouvellePage();
    const token = await app.token(TENANT, 'porteur', PORTEUR, [{ tenant: 'mel', roles: ['agent'] }]);
    await avecJeton(page, token, TENANT);
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: /^Mes dossiers/ }).waitFor();
    const espace = page.getByRole('combobox', { name: 'Espace de travail' });
    await expect(espace.inputValue()).resolves.toBe(TENANT);
    await espace.selectOption('mel');
    await page.waitForURL(`${base}/mel/tableau-de-bord`);
    await page.getByText('Agent de l’EPCI (chargé de mission)').waitFor();
    await expect(page.getByRole('link', { name: 'Mes dossiers' }).count()).resolves.toBe(0);
    await page.getByRole('link', { name: 'Dossiers', exact: true }).waitFor();
    await verifierEcran(page, '24-changement-espace');
  });

  it('the accessibility check fails on a button whose label has the colour of its background, as axe alone did not', async () => {
    const page = await nouvellePage();
    // the « Actions sur le dossier » button of issue 14: Mantine's light variant of red.9, named by aria-label
    const document = (bouton: string) =>
      `<!doctype html><html lang="fr"><head><title>Dossier</title></head><body><main><h1>Dossier</h1>${bouton}</main></body></html>`;
    await page.setContent(
      document('<button aria-label="Abandonner — dossier" style="color:#c92a2a;background:#c92a2a;border:0;padding:8px">Abandonner</button>'),
    );
    const violations = await violationsGraves(page);
    expect(violations).toEqual(
      expect.arrayContaining([expect.stringMatching(/^color-contrast \(serious\)/), 'bouton illisible : « Abandonner » écrit de la couleur de son fond']),
    );
    await page.setContent(document('<button style="color:#c92a2a;background:#fff;border:1px solid #c92a2a">Abandonner</button>'));
    await expect(violationsGraves(page)).resolves.toEqual([]);
  });
});
