import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readModelsAJour, startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { capture, lancerChromium, violationsGraves } from './support/browser';

/**
 * The web application's second half in a real Chromium (issue 17, items 3 and 4; issue 14's comité): an admin adds
 * a QPV and a partenaire, edits the cadre stratégique and opens an appel; an agent imports a spreadsheet with a bad
 * row (the dry run shows it, nothing is written), registers its unknown porteur in one step, fixes the file and
 * applies it with its progress, then puts two dossiers under instruction at once and runs the comité (lines voted or
 * refused with the amount prefilled from the proposal, the server's dry run, the decisions, the closing); a platform
 * operator opens a workspace. axe-core on every screen, a screenshot of each in tmp/screenshots.
 */
const ROOT = join(__dirname, '../../..');
const TENANT = 'cabbalr';
const ANNEE = 2020;
const DOSSIERS_EN_PLUS = 24;

jest.setTimeout(300_000);

describe('web application: référentiel, imports, comité, workspaces (standalone app, demo data)', () => {
  let app: TestApp;
  let base: string;
  let browser: Browser;
  let agent: GraphqlClient;
  let porteur: string;
  let etat: string;
  const erreursPage: string[] = [];
  const dossier = (dossiers: string) => join(ROOT, 'tmp', dossiers);

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'tools/web-build.js')], { stdio: 'inherit', timeout: 300_000 });
    app = await startTestApp('standalone', StandaloneModule.forRoot, { WEB_DIR: join(ROOT, 'dist/web'), DEMO: 'true' });
    await app.app.get(DemoSeeder).seed();
    await readModelsAJour(app.app);
    base = app.url.replace(/\/graphql$/, '');
    agent = await app.clientFor(TENANT, 'agent');
    const { auchel, financeur } = await agent.ok<{ auchel: { nom: string }; financeur: { nom: string } }>(
      `{ auchel: partenaire(id: "ville-d-auchel") { nom } financeur: partenaire(id: "etat") { nom } }`,
    );
    porteur = auchel.nom;
    etat = financeur.nom;
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function nouvellePage(): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => erreursPage.push(error.message));
    return page;
  }

  async function verifierEcran(page: Page, nom: string): Promise<void> {
    // the header is fixed: a full-page capture of a scrolled page would draw it in the middle
    await page.evaluate(() => (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0));
    await capture(page, nom);
    expect({ ecran: nom, violations: await violationsGraves(page), erreursPage }).toEqual({ ecran: nom, violations: [], erreursPage: [] });
  }

  async function seConnecter(page: Page, espace: string, role: RegExp): Promise<void> {
    await page.goto(`${base}/`);
    if (espace !== TENANT) {
      await page.getByRole('combobox', { name: 'Espace de travail' }).click();
      await page.getByRole('option', { name: espace, exact: true }).click();
    }
    await page.getByRole('radio', { name: role }).check();
    await page.getByRole('button', { name: 'Se connecter' }).click();
  }

  let pageAdmin: Page;

  it('an admin adds a QPV and a partenaire', async () => {
    pageAdmin = await nouvellePage();
    await seConnecter(pageAdmin, TENANT, /^Administrateur/);
    await pageAdmin.getByTestId('comptes').waitFor();
    await pageAdmin.getByRole('link', { name: 'Référentiel' }).click();
    await pageAdmin
      .getByRole('heading', { name: /Bruay/ })
      .or(pageAdmin.getByRole('table', { name: /Communes du territoire/ }))
      .first()
      .waitFor();
    await verifierEcran(pageAdmin, '20-referentiel-territoire');

    await pageAdmin.getByRole('tab', { name: 'Quartiers' }).click();
    await pageAdmin.waitForURL(/referentiel\/quartiers/);
    const declaration = pageAdmin.getByRole('form', { name: 'Déclarer un quartier' });
    await declaration.getByRole('textbox', { name: 'Nom du quartier' }).fill('Quartier des Provinces');
    await declaration.getByRole('textbox', { name: 'Code officiel' }).fill('QN06299Z');
    await declaration.getByLabel('Communes du quartier').click();
    await pageAdmin.getByRole('option', { name: 'Auchel' }).click();
    await pageAdmin.keyboard.press('Escape');
    await declaration.getByRole('button', { name: 'Déclarer le quartier' }).click();
    await declaration.getByText('Quartier « Quartier des Provinces » déclaré.').waitFor();
    await pageAdmin.getByRole('cell', { name: 'QN06299Z' }).waitFor();
    const { qpv } = await agent.ok<{ qpv: { nom: string; generation: number; communes: Array<{ nom: string }> } }>(
      `{ qpv(code: "QN06299Z") { nom generation communes { nom } } }`,
    );
    expect(qpv).toEqual({ nom: 'Quartier des Provinces', generation: 2024, communes: [{ nom: 'Auchel' }] });
    // a refusal of the server shows on its field: a code that is not one
    await declaration.getByRole('textbox', { name: 'Nom du quartier' }).fill('Quartier mal codé');
    await declaration.getByRole('textbox', { name: 'Code officiel' }).fill('QX1');
    await declaration.getByLabel('Communes du quartier').click();
    await pageAdmin.getByRole('option', { name: 'Auchel' }).click();
    await pageAdmin.keyboard.press('Escape');
    await declaration.getByRole('button', { name: 'Déclarer le quartier' }).click();
    await declaration.getByText(/"QX1" is not a QPV code.*\(VALIDATION_FAILED\)/).waitFor();
    await expect(declaration.getByRole('textbox', { name: 'Code officiel' }).getAttribute('aria-invalid')).resolves.toBe('true');

    // the national list: a dry run, then the import of the EPCI's rows, with its report
    const liste = join(dossier('imports'), 'listeqp2024.csv');
    mkdirSync(dossier('imports'), { recursive: true });
    writeFileSync(
      liste,
      [
        'code_qp;lib_qp;insee_reg;lib_reg;insee_dep;lib_dep;insee_com;lib_com;siren_epci;lib_epci',
        'QN06204B;Cité des Électriciens;32;HDF;62;Pas-de-Calais;62178;Bruay-La-Buissière;732829320;CABBALR',
        'QN05901M;Ailleurs;32;HDF;59;Nord;59350;Lille;200093201;MEL',
        '',
      ].join('\n'),
    );
    const nationale = pageAdmin.getByRole('region', { name: 'Importer la liste nationale des quartiers' });
    await nationale.locator('input[type="file"]').setInputFiles(liste);
    await nationale.getByRole('textbox', { name: 'SIREN de l’EPCI' }).fill('732829320');
    await nationale.getByRole('button', { name: 'Simuler l’import' }).click();
    await nationale
      .getByText(/Simulation \(rien n’est enregistré\) : 1 quartier\(s\) à déclarer, 0 lien\(s\) de succession, 0 déjà connu\(s\), 1 ligne\(s\) d’autres EPCI/)
      .waitFor();
    await nationale.getByRole('button', { name: 'Importer la liste' }).click();
    await nationale.getByText(/Import terminé : 1 quartier\(s\) déclaré\(s\)/).waitFor();
    await pageAdmin.getByRole('cell', { name: 'QN06204B' }).waitFor();
    await verifierEcran(pageAdmin, '21-referentiel-quartiers');

    await pageAdmin.getByRole('tab', { name: 'Partenaires' }).click();
    const enregistrement = pageAdmin.getByRole('form', { name: 'Enregistrer un partenaire' });
    await enregistrement.getByRole('textbox', { name: 'Nom', exact: true }).fill('Les Jardins de la Lawe');
    await enregistrement.getByRole('textbox', { name: 'Numéro RNA' }).fill('W623004567');
    await enregistrement.getByRole('textbox', { name: 'Autres noms' }).fill('Jardins Lawe');
    await enregistrement.getByRole('button', { name: 'Enregistrer' }).click();
    await enregistrement.getByText(/« Les Jardins de la Lawe » est enregistré \(identifiant les-jardins-de-la-lawe\)/).waitFor();
    await pageAdmin.getByRole('textbox', { name: 'Nom, autre nom, SIRET ou RNA' }).fill('Jardins Lawe');
    await pageAdmin.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await pageAdmin.waitForURL(/recherche=Jardins/);
    // found by its other name; then another name is added to it
    await pageAdmin.getByRole('table', { name: 'Partenaires (1)' }).getByRole('cell', { name: 'W623004567' }).waitFor();
    await pageAdmin.getByRole('button', { name: 'Autre nom de Les Jardins de la Lawe' }).click();
    const alias = pageAdmin.getByRole('dialog', { name: 'Autre nom de Les Jardins de la Lawe' });
    await alias.getByRole('textbox', { name: /^Autre nom/ }).fill('JDL Bruay');
    await alias.getByRole('button', { name: 'Ajouter' }).click();
    await pageAdmin.getByRole('cell', { name: 'Jardins Lawe, JDL Bruay' }).waitFor();
    // the list as a file, with the screen's filter
    const [telechargement] = await Promise.all([
      pageAdmin.waitForEvent('download'),
      pageAdmin.getByRole('button', { name: 'Exporter les partenaires en CSV' }).click(),
    ]);
    expect(telechargement.suggestedFilename()).toMatch(/^cabbalr-partenaires.*\.csv$/);
    const lignes = readFileSync(await telechargement.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(lignes).toHaveLength(2);
    expect(lignes[1]).toMatch(/^les-jardins-de-la-lawe;Les Jardins de la Lawe;association;Porteur;/);
    await verifierEcran(pageAdmin, '22-referentiel-partenaires');
  });

  it('an admin edits the cadre stratégique', async () => {
    await pageAdmin.getByRole('tab', { name: 'Cadre stratégique' }).click();
    const piliers = pageAdmin.getByRole('region', { name: 'Piliers' });
    await piliers.getByTestId('noeud-cadre').first().waitFor();
    const avant = await piliers.getByTestId('noeud-cadre').count();
    await piliers.getByRole('button', { name: /^Ajouter : orientation sous « P1/ }).click();
    const ajout = pageAdmin.getByRole('form', { name: 'Ajouter : orientation' });
    await ajout.getByRole('textbox', { name: 'Libellé' }).fill('Favoriser l’inclusion numérique des habitants');
    await ajout.getByRole('button', { name: 'Enregistrer' }).click();
    await piliers.getByText('Favoriser l’inclusion numérique des habitants').waitFor();
    await expect(piliers.getByTestId('noeud-cadre').count()).resolves.toBe(avant + 1);
    const { cadreStrategique } = await agent.ok<{ cadreStrategique: { noeuds: Array<{ libelle: string; niveauLibelle: string; parentId: string | null }> } }>(
      `{ cadreStrategique { noeuds { libelle niveauLibelle parentId } } }`,
    );
    expect(cadreStrategique.noeuds).toContainEqual({
      libelle: 'Favoriser l’inclusion numérique des habitants',
      niveauLibelle: 'orientation',
      parentId: expect.any(String),
    });
    await verifierEcran(pageAdmin, '23-referentiel-cadre');
    // an engagement and its indicator's target for a year
    await pageAdmin.getByRole('tab', { name: 'Engagements et indicateurs' }).click();
    const engagement = pageAdmin.getByRole('form', { name: 'Prendre un engagement' });
    await engagement.getByRole('textbox', { name: 'Objectif' }).fill('Réduire l’écart de taux d’emploi avec l’agglomération');
    await engagement.getByRole('combobox', { name: 'Partenaire responsable' }).click();
    await pageAdmin.getByRole('option', { name: etat, exact: true }).click();
    await engagement.getByRole('button', { name: 'Enregistrer l’engagement' }).click();
    await pageAdmin.getByRole('table', { name: 'Engagements du contrat (1)' }).waitFor();
    const cible = pageAdmin.getByRole('form', { name: 'Fixer une cible' });
    await cible.getByRole('combobox', { name: 'Engagement' }).click();
    await pageAdmin.getByRole('option', { name: /^Réduire l’écart/ }).click();
    await cible.getByRole('combobox', { name: 'Indicateur' }).click();
    await pageAdmin.getByRole('listbox').getByRole('option').first().click();
    await cible.getByRole('textbox', { name: 'Année' }).fill('2022');
    await cible.getByRole('textbox', { name: 'Valeur cible' }).fill('120');
    await cible.getByRole('button', { name: 'Fixer la cible' }).click();
    await pageAdmin.getByRole('table', { name: 'Cibles des indicateurs, par année (1)' }).getByRole('cell', { name: '2022' }).waitFor();
    await verifierEcran(pageAdmin, '24-referentiel-engagements');
    await pageAdmin.getByRole('tab', { name: 'Règles de financement' }).click();
    await pageAdmin.getByRole('table', { name: /Règles de financement \(/ }).waitFor();
    await verifierEcran(pageAdmin, '25-referentiel-regles');
  });

  it('an admin opens an appel à projets with its envelope and comité', async () => {
    await pageAdmin.getByRole('tab', { name: 'Appels à projets' }).click();
    await pageAdmin.getByRole('button', { name: 'Ouvrir un appel à projets' }).click();
    const ouverture = pageAdmin.getByRole('form', { name: 'Ouvrir un appel à projets' });
    await ouverture.getByRole('textbox', { name: 'Année' }).fill(String(ANNEE));
    await ouverture.getByRole('textbox', { name: 'Titre' }).fill(`Appel à projets ${ANNEE}`);
    await ouverture.getByLabel('Ouverture des dépôts').fill(`${ANNEE}-01-06`);
    await ouverture.getByLabel('Clôture des dépôts').fill('2099-12-31');
    await ouverture.getByLabel('Financeur de l’enveloppe 1').selectOption({ label: etat });
    await ouverture.getByLabel('Nature de l’enveloppe 1').selectOption('credits_specifiques');
    await ouverture.getByRole('textbox', { name: 'Montant de l’enveloppe 1 (€)' }).fill('250 000');
    await ouverture.getByLabel('Date du comité 1').fill(`${ANNEE}-03-26`);
    await ouverture.getByRole('button', { name: 'Ouvrir l’appel' }).click();
    const appel = pageAdmin.getByRole('region', { name: `Appel ${ANNEE}` });
    await appel.getByRole('heading', { name: `Appel à projets ${ANNEE}` }).waitFor();
    await appel
      .getByRole('table', { name: `Enveloppes ${ANNEE} par financeur` })
      .getByText('250 000 €')
      .first()
      .waitFor();
    const { appelAProjets } = await agent.ok<{ appelAProjets: { statut: string; enveloppes: Array<{ montant: string }>; comites: Array<{ date: string }> } }>(
      `{ appelAProjets(annee: ${ANNEE}) { statut enveloppes { montant } comites { date } } }`,
    );
    expect(appelAProjets).toEqual({ statut: 'ouvert', enveloppes: [{ montant: '250000.00' }], comites: [{ date: `${ANNEE}-03-26` }] });
    await verifierEcran(pageAdmin, '26-referentiel-appels');
  });

  let pageAgent: Page;
  const entete = "Référence;Année;Intitulé de l'action;Porteur;Commune(s);Coût total;Financeur;Nature des crédits;Montant demandé";
  const lignes = (montantW2: string) => [
    `W-1;${ANNEE};Atelier numérique des Provinces;${porteur};Interco;10 000;${etat};crédits spécifiques;4 000`,
    `W-2;${ANNEE};Jardin partagé de la Lawe;Association Bruay Solidaire;Interco;8 000;${etat};crédits spécifiques;${montantW2}`,
    `W-3;${ANNEE};Chantier éducatif;${porteur};Interco;6 000;${etat};crédits spécifiques;2 000`,
    ...Array.from(
      { length: DOSSIERS_EN_PLUS },
      (_, index) => `W-${index + 10};${ANNEE};Action de proximité ${index + 1};${porteur};Interco;3 000;${etat};crédits spécifiques;1 000`,
    ),
  ];
  const ecrire = (nom: string, contenu: string[]) => {
    mkdirSync(dossier('imports'), { recursive: true });
    const chemin = join(dossier('imports'), nom);
    writeFileSync(chemin, `${[entete, ...contenu].join('\r\n')}\r\n`);
    return chemin;
  };
  const dossiers = async () =>
    (await agent.ok<{ dossiers: { totalCount: number } }>(`{ dossiers(filter: { annee: ${ANNEE} }) { totalCount } }`)).dossiers.totalCount;

  it('an agent imports a spreadsheet: the dry run shows the bad row and nothing is written; its unknown porteur is registered in one step', async () => {
    pageAgent = await nouvellePage();
    await seConnecter(pageAgent, TENANT, /Agent de l’EPCI/);
    await pageAgent.getByTestId('comptes').waitFor();
    await pageAgent.getByRole('link', { name: 'Import d’un tableau' }).click();
    await pageAgent.locator('input[type="file"]').setInputFiles(ecrire(`programmation-${ANNEE}.csv`, lignes('trois mille')));
    await pageAgent.getByRole('button', { name: /Vérifier le fichier/ }).click();
    const rapport = pageAgent.getByTestId('rapport-simulation');
    await rapport.waitFor();
    const erreurs = pageAgent.getByRole('table', { name: /^Erreurs \(2\)/ });
    await erreurs.getByRole('row', { name: /3 Montant demandé « trois mille ».*AMOUNT_INVALID.*Écrivez un montant en euros/ }).waitFor();
    await erreurs.getByRole('row', { name: /3 Porteur « Association Bruay Solidaire ».*PORTEUR_UNKNOWN/ }).waitFor();
    await pageAgent.getByText('Le fichier ne peut pas être importé').waitFor();
    expect(await dossiers()).toBe(0);
    await verifierEcran(pageAgent, '30-import-simulation-erreurs');

    const inconnus = pageAgent.getByRole('region', { name: 'Porteurs inconnus du référentiel' });
    await expect(inconnus.getByRole('textbox', { name: 'Nom du porteur (ligne 3)' }).inputValue()).resolves.toBe('Association Bruay Solidaire');
    await inconnus.getByRole('button', { name: 'Enregistrer ce porteur et vérifier de nouveau' }).click();
    await pageAgent.getByText('1 porteur(s) enregistré(s) dans le référentiel.', { exact: false }).waitFor();
    await pageAgent.getByRole('table', { name: /^Erreurs \(1\)/ }).waitFor();
    await expect(inconnus.count()).resolves.toBe(0);
    const { partenaire } = await agent.ok<{ partenaire: { roles: string[]; nature: string } }>(
      `{ partenaire(id: "association-bruay-solidaire") { roles nature } }`,
    );
    expect(partenaire).toEqual({ roles: ['porteur'], nature: 'association' });
    expect(await dossiers()).toBe(0);
  });

  it('the fixed file is applied with its progress and summary; the same file again has nothing new', async () => {
    const corrige = ecrire(`programmation-${ANNEE}.csv`, lignes('3 000'));
    await pageAgent.locator('input[type="file"]').setInputFiles(corrige);
    await pageAgent.getByRole('button', { name: /Vérifier le fichier/ }).click();
    await pageAgent
      .getByText('Le fichier est prêt')
      .waitFor()
      .catch(async (error: Error) => {
        await capture(pageAgent, 'debug-pret');
        throw error;
      });
    // every value the progress bar shows while the import runs
    await pageAgent.evaluate(() => {
      type Element = { getAttribute(name: string): string | null } | null;
      const w = globalThis as unknown as {
        valeursProgression: string[];
        MutationObserver: new (callback: () => void) => { observe(target: unknown, options: object): void };
        document: { body: unknown; querySelector(selector: string): Element };
      };
      w.valeursProgression = [];
      new w.MutationObserver(() => {
        const barre = w.document.querySelector('[data-testid="progression-import"]');
        const valeur = barre?.getAttribute('aria-valuenow');
        if (valeur !== null && valeur !== undefined && w.valeursProgression.at(-1) !== valeur) w.valeursProgression.push(valeur);
      }).observe(w.document.body, { subtree: true, childList: true, attributes: true });
    });
    await pageAgent.getByRole('button', { name: 'Importer', exact: true }).click();
    const resultat = pageAgent.getByTestId('resultat-import');
    await resultat.getByText('Import terminé').waitFor();
    const valeurs = await pageAgent.evaluate(() => (globalThis as unknown as { valeursProgression: string[] }).valeursProgression);
    expect(valeurs[0]).toBe('0');
    expect(valeurs.at(-1)).toBe('100');
    await expect(pageAgent.getByRole('status').filter({ hasText: 'Import terminé :' }).textContent()).resolves.toMatch(
      new RegExp(`${DOSSIERS_EN_PLUS + 3} ligne\\(s\\) sur ${DOSSIERS_EN_PLUS + 3}`),
    );
    expect(await dossiers()).toBe(DOSSIERS_EN_PLUS + 3);
    await verifierEcran(pageAgent, '31-import-termine');

    await pageAgent.getByRole('button', { name: /Vérifier le fichier/ }).click();
    await pageAgent.getByText('Rien de nouveau').waitFor();
    await expect(pageAgent.getByRole('button', { name: 'Importer', exact: true }).count()).resolves.toBe(0);
    await verifierEcran(pageAgent, '32-import-rien-de-nouveau');
  });

  it('puts two dossiers under instruction in one action, convenes the comité and runs it: lines, decisions, the server’s dry run, then closing', async () => {
    const tous = await agent.ok<{ dossiers: { edges: Array<{ node: { id: string; referenceExterne: string; titre: string } }> } }>(
      `{ dossiers(filter: { annee: ${ANNEE} }, first: 200) { edges { node { id referenceExterne titre } } } }`,
    );
    const w1 = tous.dossiers.edges.find((edge) => edge.node.referenceExterne === 'W-1')!.node;
    const w3 = tous.dossiers.edges.find((edge) => edge.node.referenceExterne === 'W-3')!.node;

    await pageAgent.goto(`${base}/${TENANT}/dossiers?annee=${ANNEE}`);
    await pageAgent.getByRole('checkbox', { name: `Choisir ${w1.titre}` }).check();
    await pageAgent.getByRole('checkbox', { name: `Choisir ${w3.titre}` }).check();
    await pageAgent.getByRole('button', { name: 'Mettre en instruction (2)' }).click();
    await pageAgent.getByText('2 dossier(s) mis en instruction.').waitFor();
    await verifierEcran(pageAgent, '33-dossiers-mis-en-instruction');

    // the État's instructeur proposes an amount on W-1: the comité's vote starts from it
    const instructeur = await app.clientFor(TENANT, 'instructeur', 'etat');
    await instructeur.ok(`mutation($input: ProposerFinancementInput!) { proposerFinancement(input: $input) { revision } }`, {
      input: { dossierId: w1.id, ligneId: 'etat:credits_specifiques', montant: '3500.00' },
    });

    await pageAgent.goto(`${base}/${TENANT}/referentiel/appels?annee=${ANNEE}`);
    await pageAgent.getByRole('button', { name: `Convoquer le comité du 26/03/${ANNEE}` }).click();
    await pageAgent.getByRole('button', { name: 'Convoquer le comité', exact: true }).click();
    await pageAgent.getByRole('cell', { name: 'Convoqué' }).waitFor();

    await pageAgent.goto(`${base}/${TENANT}/comite?annee=${ANNEE}`);
    const sectionW1 = pageAgent.getByRole('region', { name: w1.titre });
    await sectionW1.getByLabel(new RegExp(`^Résultat de la ligne ${etat} de`)).selectOption('vote');
    await expect(sectionW1.getByRole('textbox', { name: new RegExp(`^Montant voté pour ${etat}`) }).inputValue()).resolves.toBe('3500');
    await sectionW1.getByLabel(`Décision du comité sur ${w1.titre}`).selectOption('retenu');
    const sectionW3 = pageAgent.getByRole('region', { name: w3.titre });
    await sectionW3.getByLabel(new RegExp(`^Résultat de la ligne ${etat} de`)).selectOption('refuse');
    await sectionW3.getByLabel(`Décision du comité sur ${w3.titre}`).selectOption('non_retenu');
    await pageAgent.getByRole('button', { name: 'Prévisualiser les effets' }).click();
    const apercu = pageAgent.getByTestId('apercu-comite');
    await apercu.getByRole('row', { name: new RegExp(`${w1.titre}.*dossier retenu.*Accepté`) }).waitFor();
    await apercu.getByRole('row', { name: new RegExp(`${w3.titre}.*dossier non retenu.*Accepté`) }).waitFor();
    // the dry run wrote nothing
    const avant = await agent.ok<{ dossier: { statut: string } }>(`query($id: String!) { dossier(id: $id) { statut } }`, { id: w1.id });
    expect(avant.dossier.statut).toBe('en_instruction');
    await verifierEcran(pageAgent, '34-comite-simulation');
    await apercu.getByRole('button', { name: 'Confirmer et arrêter la programmation' }).click();
    await pageAgent.getByText(/Programmation arrêtée : \d+ effet\(s\) appliqué\(s\)/).waitFor();
    await pageAgent.getByRole('button', { name: 'Clore le comité' }).click();
    await pageAgent.getByText('Comité clos.').waitFor();
    const apres = await agent.ok<{ w1: { statut: string; totaux: { vote: string } }; w3: { statut: string } }>(
      `query($w1: String!, $w3: String!) { w1: dossier(id: $w1) { statut totaux { vote } } w3: dossier(id: $w3) { statut } }`,
      { w1: w1.id, w3: w3.id },
    );
    expect(apres).toEqual({ w1: { statut: 'retenu', totaux: { vote: '3500.00' } }, w3: { statut: 'non_retenu' } });
    await verifierEcran(pageAgent, '35-comite-clos');
  });

  it('a platform operator opens the workspace of a new EPCI; the commune filter works where communes have no INSEE code', async () => {
    const page = await nouvellePage();
    await seConnecter(page, 'plateforme', /^Administrateur/);
    await page.getByRole('heading', { name: 'Espaces de travail de la plateforme' }).waitFor();
    await page.getByRole('cell', { name: TENANT, exact: true }).waitFor();
    const ouverture = page.getByRole('form', { name: 'Ouvrir un espace de travail' });
    await ouverture.getByRole('textbox', { name: 'Identifiant de l’espace' }).fill('grand-avignon');
    await ouverture.getByRole('textbox', { name: 'Nom légal de l’EPCI' }).fill('Communauté d’agglomération du Grand Avignon');
    await ouverture.getByRole('textbox', { name: 'SIREN de l’EPCI' }).fill('248400251');
    await ouverture.getByLabel('Nature de l’EPCI').selectOption('ca');
    await ouverture.getByRole('textbox', { name: 'Communes' }).fill('84007 Avignon\n84092 Le Pontet');
    await ouverture.getByRole('button', { name: 'Ouvrir l’espace' }).click();
    await ouverture.getByText(/Espace « grand-avignon » ouvert/).waitFor();
    await page.getByRole('row', { name: /grand-avignon Communauté d’agglomération du Grand Avignon Communauté d’agglomération 248400251 2/ }).waitFor();
    // the list as a file: the new workspace in it
    const [telechargement] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exporter les espaces de travail en CSV' }).click(),
    ]);
    expect(telechargement.suggestedFilename()).toMatch(/espaces-de-travail.*\.csv$/);
    const espaces = readFileSync(await telechargement.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(espaces).toEqual(expect.arrayContaining([expect.stringMatching(/^grand-avignon;Communauté d’agglomération du Grand Avignon;248400251;/)]));
    await verifierEcran(page, '36-espaces-de-travail');

    // cabbalr's communes are known by name only: the dossiers' commune filter offers them and finds their dossiers
    await pageAgent.goto(`${base}/${TENANT}/dossiers?annee=2019`);
    await pageAgent.getByRole('combobox', { name: 'Commune' }).click();
    await pageAgent.getByRole('option', { name: 'Bruay-La-Buissière' }).click();
    await pageAgent.waitForURL(/commune=Bruay-La-Buissi%C3%A8re|commune=Bruay-La-Buissière/);
    const { dossiers: attendus } = await agent.ok<{ dossiers: { totalCount: number } }>(
      `{ dossiers(filter: { annee: 2019, commune: "Bruay-La-Buissière" }) { totalCount } }`,
    );
    expect(attendus.totalCount).toBeGreaterThan(0);
    await pageAgent
      .getByTestId('nombre-dossiers')
      .filter({ hasText: new RegExp(`^${attendus.totalCount} dossier`) })
      .waitFor();
  });
});
