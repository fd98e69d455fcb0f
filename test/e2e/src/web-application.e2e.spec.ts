import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readModelsAJour, startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { attendreTexte, capture, lancerChromium, violationsGraves } from './support/browser';

/**
 * The web application in a real Chromium against the standalone app with the demo data (issue 14, « Done when »):
 * sign-in, the 2019 tableau de bord against the `programmation` query, dossiers filtered by pilier and QPV, a vote
 * by the État's instructeur (a refusal on its field, a stale revision), the agent retaining the dossier, its
 * historique, « Voir au » before the vote, the comité and the financeurs' screens, a phone-sized screen; axe-core
 * on every screen; a screenshot of each in tmp/screenshots. The lists' « Exporter » buttons download files that
 * hold what the screen shows (issue 16 item 5).
 */
const ROOT = join(__dirname, '../../..');
const TENANT = 'cabbalr';
const DOSSIER = 'web-e2e-1';
/** Cents of an amount as the screen (« 8 000 € », « 1 234,50 € ») or the French CSV (« 8000,00 ») writes it. */
const centimes = (texte: string) => Math.round(Number(texte.replace(/[\s\u202f\u00a0€]/g, '').replace(',', '.')) * 100);
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
    await attendreTexte(pied, { contient: euros(String(totalVote)) });
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
    await attendreTexte(erreurMontant, /exceeds the demande amount.*\(VALIDATION_FAILED\)/);
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
    await attendreTexte(conflit, /AvisEmis par agent de l’EPCI/);
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
    await attendreTexte(pageAgent.getByTestId('statut-dossier'), 'Retenu');
    await pageAgent.getByRole('link', { name: 'Historique du dossier' }).click();
    const vote = pageAgent.getByTestId('entree-historique').filter({ hasText: 'Avis du service instructeur de la préfecture' });
    await vote.waitFor();
    await attendreTexte(vote, /instructeur@cabbalr.*instructeur, etat/);
    await attendreTexte(vote, /2500\.00|2 ?500/);
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
    await attendreTexte(pied, { contient: euros(String(total(attendu))) });
    await verifierEcran(pageAgent, '09-voir-au');
    // the dossier as of then: under instruction, the État's line only asked, and no command offered
    await pageAgent.getByRole('link', { name: 'Dossiers' }).click();
    await pageAgent.waitForURL(/asOf=/);
    await pageAgent.goto(`${base}/${TENANT}/dossiers/${DOSSIER}${new URL(pageAgent.url()).search}`);
    await attendreTexte(pageAgent.getByTestId('statut-dossier'), 'En instruction');
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
  /** Clicks an export button and reads the file the browser saved. */
  async function telecharge(page: Page, bouton: string): Promise<{ nom: string; contenu: Buffer }> {
    const [fichier] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: bouton }).click()]);
    return { nom: fichier.suggestedFilename(), contenu: readFileSync(await fichier.path()) };
  }

  /** A French CSV: UTF-8 with a BOM, `;` between cells; its header and rows. */
  function lireCsv(contenu: Buffer): { entetes: string[]; lignes: Array<Record<string, string>> } {
    const texte = contenu.toString('utf8');
    expect(texte.charCodeAt(0)).toBe(0xfeff);
    const [entetes, ...lignes] = parse(texte.slice(1), { delimiter: ';' }) as string[][];
    return { entetes, lignes: lignes.map((ligne) => Object.fromEntries(entetes.map((entete, index) => [entete, ligne[index]]))) };
  }

  /** The body rows of a screen's table (found by its caption), cell texts. */
  async function lignesAffichees(page: Page, legende: string | RegExp): Promise<string[][]> {
    const region = page.getByRole('region', { name: legende });
    await region.locator('tbody tr').first().waitFor();
    // (the test's TypeScript has no DOM types: the row is described by what is read of it)
    type Rangee = { querySelectorAll(selecteur: string): ArrayLike<{ textContent: string | null }> };
    return region
      .locator('tbody tr')
      .evaluateAll((lignes) => lignes.map((ligne) => Array.from((ligne as unknown as Rangee).querySelectorAll('td'), (td) => td.textContent ?? '')));
  }

  it('exports the filtered, sorted dossiers (per dossier and per financing line) as the list shows them', async () => {
    const page = await nouvellePage();
    await seConnecter(page, 'agent');
    await page.goto(`${base}/${TENANT}/dossiers?annee=2019&pilier=v1.P1&tri=coutTotal&sens=desc`);
    const nombre = page.getByTestId('nombre-dossiers');
    await nombre.waitFor();
    const affiches = await lignesAffichees(page, /^Dossiers 2019/);
    const total = Number((await nombre.locator('b').textContent())?.replace(/\D/g, ''));
    expect(total).toBeGreaterThan(affiches.length); // several pages: the file holds them all
    // « N dossier(s) — coût total X, demandé Y, voté Z » (every page)
    const [coutAffiche, , voteAffiche] = ((await nombre.textContent()) ?? '')
      .split(/coût total|demandé|voté/)
      .slice(1)
      .map((texte) => centimes(texte.replace(/,\s*$/, '')));
    await page.getByRole('button', { name: 'Exporter les dossiers filtrés en CSV' }).waitFor();
    await verifierEcran(page, '12-dossiers-exports');

    const csv = await telecharge(page, 'Exporter les dossiers filtrés en CSV');
    expect(csv.nom).toMatch(/^cabbalr-dossiers-2019.*\.csv$/);
    const { entetes, lignes } = lireCsv(csv.contenu);
    expect(entetes).toEqual(expect.arrayContaining(['Titre', 'Porteur', 'Pilier', 'Coût total (€)', 'Demandé (€)', 'Voté (€)']));
    // every dossier of every page; the first page's rows in the screen's order (coût total, descending), with the same amounts
    expect(lignes).toHaveLength(total);
    expect(
      lignes.slice(0, affiches.length).map((ligne) => [ligne['Titre'], ligne['Porteur'], centimes(ligne['Coût total (€)']), centimes(ligne['Voté (€)'])]),
    ).toEqual(affiches.map((cellules) => [cellules[0], cellules[1], centimes(cellules[5]), centimes(cellules[7])]));
    expect(lignes.reduce((somme, ligne) => somme + centimes(ligne['Coût total (€)']), 0)).toBe(coutAffiche);
    expect(lignes.slice(0, affiches.length).map((ligne) => ligne['Pilier'])).toEqual(affiches.map((cellules) => cellules[3]));
    for (const ligne of lignes) expect(ligne['Coût total (€)']).toMatch(/^\d+,\d{2}$/);

    // per dossier × financing line, as XLSX: amounts are numbers, every line of the listed dossiers is there
    const xlsx = await telecharge(page, 'Exporter les dossiers filtrés, une ligne par financement en XLSX');
    expect(xlsx.nom).toMatch(/^cabbalr-dossiers-2019-par-ligne.*\.xlsx$/);
    const classeur = new Workbook();
    await classeur.xlsx.load(xlsx.contenu as unknown as ArrayBuffer);
    const feuille = classeur.worksheets[0];
    const entetesXlsx = (feuille.getRow(1).values as unknown[]).slice(1).map(String);
    const colonne = (titre: string) => entetesXlsx.indexOf(titre) + 1;
    const rangees = Array.from({ length: feuille.rowCount - 1 }, (_, index) => feuille.getRow(index + 2));
    const { dossiers } = await agent.ok<{ dossiers: { edges: Array<{ node: { titre: string; lignes: Array<{ vote: string | null }> } }> } }>(
      `{ dossiers(filter: { annee: 2019, pilier: "v1.P1" }, sort: { field: coutTotal, direction: desc }, first: 200) { edges { node { titre lignes { vote } } } } }`,
    );
    const lignesAttendues = dossiers.edges.flatMap(({ node }) => node.lignes.map(() => node.titre));
    expect(rangees.map((rangee) => rangee.getCell(colonne('Titre')).value)).toEqual(lignesAttendues);
    for (const rangee of rangees) expect(typeof rangee.getCell(colonne('Ligne : demandé (€)')).value).toBe('number');
    const voteXlsx = rangees.reduce((somme, rangee) => somme + Math.round(Number(rangee.getCell(colonne('Ligne : voté (€)')).value ?? 0) * 100), 0);
    expect(voteXlsx).toBe(voteAffiche);
  });

  it('exports the tableau de bord’s tables under its counting rule, as the screen shows them', async () => {
    const page = await nouvellePage();
    await seConnecter(page, 'agent');
    await page.goto(`${base}/${TENANT}/tableau-de-bord?annee=2019&regle=dossier_credits_specifiques`);
    await page.getByTestId('comptes').waitFor();
    const affiches = await lignesAffichees(page, 'Programmation 2019 par pilier');
    const csv = await telecharge(page, 'Exporter la programmation 2019 par pilier en CSV');
    expect(csv.nom).toMatch(/^cabbalr-programmation-2019-parPilier.*\.csv$/);
    const { lignes } = lireCsv(csv.contenu);
    expect(lignes.map((ligne) => [ligne['Libellé'], Number(ligne['Projets (règle de comptage)']), centimes(ligne['Voté (€)'])])).toEqual(
      affiches.map((cellules) => [cellules[0], Number(cellules[1].replace(/\D/g, '')), centimes(cellules[5])]),
    );
    const comptes = lireCsv((await telecharge(page, 'Exporter les comptes de la programmation 2019 en CSV')).contenu).lignes;
    expect(comptes).toHaveLength(1);
    expect(comptes[0]['Dossiers retenus']).toBe(await page.getByTestId('compte-Retenus').textContent());

    const xlsx = await telecharge(page, 'Exporter tous les tableaux de la programmation 2019 en XLSX');
    const classeur = new Workbook();
    await classeur.xlsx.load(xlsx.contenu as unknown as ArrayBuffer);
    expect(classeur.worksheets.map((feuille) => feuille.name)).toEqual(
      expect.arrayContaining(['Comptes', 'Par financeur', 'Par pilier', 'Par thématique', 'Par QPV', 'Par nature de porteur']),
    );
    const parametres = classeur.worksheets.find((feuille) => feuille.name === 'Paramètres');
    expect(JSON.stringify(parametres?.getSheetValues())).toContain('dossier_credits_specifiques');
    await verifierEcran(page, '13-tableau-de-bord-exports');
  });

  it('as instructeur of the État: « Mon organisation » exports its own ledger and lines, as the screen shows them', async () => {
    const page = await nouvellePage();
    await seConnecter(page, 'instructeur', 'Etat');
    await page.goto(`${base}/${TENANT}/financeurs?annee=2019`);
    await page.getByRole('heading', { name: 'Mon organisation 2019' }).waitFor();
    const carte = page.locator('section[aria-label^="Grand livre de "]');
    await carte.waitFor();
    expect(await carte.count()).toBe(1); // its own organisation's ledger only
    const nom = await carte.getByRole('heading').textContent();
    // the innermost block holding « Voté » and its amount
    const vote = await carte
      .locator('div', { has: page.getByText('Voté', { exact: true }) })
      .last()
      .locator('p')
      .last()
      .textContent();
    await verifierEcran(page, '14-mon-organisation-exports');
    const csv = lireCsv((await telecharge(page, 'Exporter le grand livre 2019 de mon organisation en CSV')).contenu);
    expect(csv.lignes.map((ligne) => ligne['Financeur'])).toEqual([nom]);
    expect(centimes(csv.lignes[0]['Voté (€)'])).toBe(centimes(vote ?? ''));
    const lignes = lireCsv((await telecharge(page, 'Exporter les lignes de financement 2019 de mon organisation en CSV')).contenu).lignes;
    expect(lignes.length).toBeGreaterThan(0);
    // as many lines as the card counts (« N dossier(s), M ligne(s) dont … »), their votes adding up to its « Voté »
    const [, nombreLignes] = /(\d+) ligne\(s\)/.exec((await carte.textContent()) ?? '') ?? [];
    expect(lignes).toHaveLength(Number(nombreLignes));
    expect(lignes.reduce((somme, ligne) => somme + centimes(ligne['Ligne : voté (€)'] || '0'), 0)).toBe(centimes(vote ?? ''));
  });
});
