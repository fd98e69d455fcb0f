import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readModelsAJour, startTestApp, type GraphqlClient, type TestApp } from '@cdv/app-harness';
import { pdf } from '@cdv/testing';
import { DemoSeeder } from '@cdv/demo-rapport';
import { StandaloneModule } from '@cdv/topologies';
import { attendreTexte, capture, lancerChromium, largeurDePage, tabulerJusqua, violationsGraves } from './support/browser';

/**
 * What the audit of the web application found missing (issues 14, 17 and 19), in a real Chromium against the
 * standalone app with the demo data: « Voir au » read-only on every screen with the past figures; the porteur's
 * deposit listing the pièces its appel asks and joining them on its last step; the keyboard alone from the sign-in to a
 * command; a 390-px phone; the référentiel's cadre versions, financing rules and communes; the organisation's name in
 * the header; the business time in the historique; a reason the server requires. axe-core on every screen.
 */
const ROOT = join(__dirname, '../../..');
const TENANT = 'cabbalr';
const DOSSIER = 'web-complements-1';
const NOUVEAU = 'web-complements-2';
const PORTEUR = 'ville-d-auchel';
const ANNEE = new Date().getFullYear() + 1;
const jour = (decalage: number) => new Date(Date.now() + decalage * 86_400_000).toISOString().slice(0, 10);
const attendre = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** What a command button may be called: none of them is offered, or enabled, as of a past instant. */
const COMMANDES =
  /^(Mettre en instruction|Retenir|Ne pas retenir|Ajourner|Abandonner|Voter|Refuser|Proposer|Engager|Justifier|Corriger|Émettre|Enregistrer|Ajouter|Définir|Préparer|Modifier|Retirer|Renommer|Rattacher|Ouvrir|Convoquer|Clore|Arrêter|Joindre|Importer|Simuler|Déposer)/;

jest.setTimeout(300_000);

describe('web application: the audit’s gaps closed (standalone app, demo data)', () => {
  let app: TestApp;
  let base: string;
  let browser: Browser;
  let agent: GraphqlClient;
  let admin: GraphqlClient;
  const erreursPage: string[] = [];
  let passe: string;

  const deposer = (dossierId: string, titre: string) =>
    agent.ok(`mutation($input: DeposerDossierInput!) { deposerDossier(input: $input) { revision } }`, {
      input: {
        dossierId,
        annee: 2019,
        porteurId: PORTEUR,
        titre,
        description: 'Action de démonstration',
        publics: ['adultes'],
        intercommunal: true,
        qpvIds: [],
        classement: { pilier: { id: 'v1.P1', libelle: 'PILIER 1. COHESION SOCIALE' } },
        coutTotal: '8000.00',
        dateDebut: '2019-04-01',
        dateFin: '2019-12-31',
        reason: 'dépôt tardif accepté par le comité de pilotage',
      },
    });

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'tools/web-build.js')], { stdio: 'inherit', timeout: 300_000 });
    app = await startTestApp('standalone', StandaloneModule.forRoot, { WEB_DIR: join(ROOT, 'dist/web'), DEMO: 'true' });
    await app.app.get(DemoSeeder).seed();
    await readModelsAJour(app.app);
    base = app.url.replace(/\/graphql$/, '');
    agent = await app.clientFor(TENANT, 'agent');
    admin = await app.clientFor(TENANT, 'admin');
    // the demo's read models are projected in the background after the seed: wait until they answer
    for (let essai = 0; ; essai += 1) {
      const reponse = await agent.request<{ dossier: { id: string } | null }>(`{ dossier(id: "cabbalr-2019-049") { id } }`);
      if (reponse.data?.dossier) break;
      if (essai > 60) throw new Error(`the demo's dossiers are not readable: ${JSON.stringify(reponse.errors)}`);
      await attendre(500);
    }
    // A dossier under instruction with a line of the État; then, after `passe`, its vote (dated at the comité, in the
    // past), its retention and another deposit: as of `passe` the screens must show the earlier state.
    await deposer(DOSSIER, 'Atelier de remobilisation des Provinces');
    await agent.ok(`mutation($input: DemanderFinancementInput!) { demanderFinancement(input: $input) { revision } }`, {
      input: { dossierId: DOSSIER, financeurId: 'etat', nature: 'credits_specifiques', montant: '3000.00' },
    });
    await agent.ok(`mutation($input: MettreEnInstructionInput!) { mettreEnInstruction(input: $input) { revision } }`, { input: { dossierId: DOSSIER } });
    await attendre(1100);
    passe = new Date().toISOString();
    await attendre(1100);
    await agent.ok(`mutation($input: VoterFinancementInput!) { voterFinancement(input: $input) { revision } }`, {
      input: { dossierId: DOSSIER, ligneId: 'etat:credits_specifiques', montant: '2500.00', effectiveAt: '2019-03-15T09:30:00.000Z' },
    });
    await agent.ok(`mutation($input: RetenirDossierInput!) { retenirDossier(input: $input) { revision } }`, { input: { dossierId: DOSSIER } });
    await deposer(NOUVEAU, 'Permanence numérique de Bruay');
    await agent.ok(`mutation($input: DemanderFinancementInput!) { demanderFinancement(input: $input) { revision } }`, {
      input: { dossierId: NOUVEAU, financeurId: 'etat', nature: 'credits_specifiques', montant: '1500.00' },
    });
    // an appel of next year whose deposit asks for pièces (statuts of associations only: not of a commune)
    await agent.ok(`mutation($input: OuvrirAppelAProjetsInput!) { ouvrirAppelAProjets(input: $input) { revision } }`, {
      input: { annee: ANNEE, titre: `Appel à projets ${ANNEE}`, ouvertureLe: jour(-10), clotureLe: jour(60) },
    });
    await agent.ok(`mutation($input: DefinirPiecesRequisesInput!) { definirPiecesRequises(input: $input) { revision } }`, {
      input: {
        annee: ANNEE,
        pieces: [
          { type: 'statuts', etape: 'depot', porteurKinds: ['association'] },
          { type: 'rib', etape: 'depot' },
          { type: 'budget-previsionnel', etape: 'depot' },
          { type: 'compte-rendu-financier', etape: 'bilan' },
        ],
      },
    });
    browser = await lancerChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function nouvellePage(largeur = 1280): Promise<Page> {
    const context = await browser.newContext({ bypassCSP: true, locale: 'fr-FR', timezoneId: 'Europe/Paris', viewport: { width: largeur, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => erreursPage.push(error.message));
    return page;
  }

  async function verifierEcran(page: Page, nom: string): Promise<void> {
    await capture(page, nom);
    expect({ ecran: nom, violations: await violationsGraves(page), erreursPage }).toEqual({ ecran: nom, violations: [], erreursPage: [] });
  }

  async function seConnecter(page: Page, role: RegExp, options: { espace?: string; organisation?: [string, string] } = {}): Promise<void> {
    await page.goto(`${base}/`);
    if (options.espace) {
      await page.getByRole('combobox', { name: 'Espace de travail' }).click();
      await page.getByRole('option', { name: options.espace, exact: true }).click();
    }
    await page.getByRole('radio', { name: role }).check();
    if (options.organisation) {
      await page.getByRole('combobox', { name: options.organisation[0] }).click();
      await page.getByRole('option', { name: options.organisation[1], exact: true }).click();
    }
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/connexion'));
  }

  /** The enabled controls of the screen that would send a command: none as of a past instant. */
  async function commandesOffertes(page: Page): Promise<string[]> {
    const boutons = page.locator('main button:enabled, main input[type="submit"]:enabled');
    const noms = await boutons.evaluateAll((elements) =>
      elements.map((element) => (element.getAttribute('aria-label') ?? (element as unknown as { innerText: string }).innerText).trim()),
    );
    return noms.filter((nom) => COMMANDES.test(nom));
  }

  async function auPasse(page: Page, chemin: string): Promise<void> {
    await page.goto(`${base}/${TENANT}/${chemin}${chemin.includes('?') ? '&' : '?'}asOf=${encodeURIComponent(passe)}`);
    await page.getByText(/^Lecture seule — l’application montre ce que la plateforme savait le/).waitFor();
  }

  it('« Voir au » a past instant: every screen shows the figures of then, and no command can be sent', async () => {
    const page = await nouvellePage();
    await seConnecter(page, /^Agent de l’EPCI/);
    await page.getByTestId('comptes').waitFor();

    // the dossiers of 2019 as of then: the second deposit is not there yet
    const compte = async (asOf?: string) =>
      (
        await agent.ok<{ dossiers: { totalCount: number } }>(`query($asOf: DateTime) { dossiers(filter: { annee: 2019 }, asOf: $asOf) { totalCount } }`, {
          asOf: asOf ?? null,
        })
      ).dossiers.totalCount;
    const [alors, maintenant] = [await compte(passe), await compte()];
    expect(maintenant - alors).toBe(1);
    await auPasse(page, 'dossiers?annee=2019');
    await page
      .getByTestId('nombre-dossiers')
      .filter({ hasText: new RegExp(`^${alors} dossier`) })
      .waitFor();
    await expect(commandesOffertes(page)).resolves.toEqual([]);
    await verifierEcran(page, '40-voir-au-dossiers');

    // the dossier as of then: under instruction, its line asked and not voted
    await auPasse(page, `dossiers/${DOSSIER}`);
    await page.getByTestId('statut-dossier').filter({ hasText: 'En instruction' }).waitFor();
    await attendreTexte(page.locator('tbody tr').first(), /Demandé/);
    await expect(commandesOffertes(page)).resolves.toEqual([]);
    await verifierEcran(page, '41-voir-au-dossier');

    // its historique as of then: no vote, no retention
    await page.getByRole('link', { name: 'Historique du dossier' }).click();
    await page.waitForURL(/historique\?asOf=/);
    await page.getByTestId('entree-historique').first().waitFor();
    const libelles = await page.getByTestId('entree-historique').locator('p').first().allTextContents();
    expect(libelles.join(' ')).not.toMatch(/Financement voté|Dossier retenu/);
    await expect(page.getByTestId('entree-historique').count()).resolves.toBe(3);
    await expect(commandesOffertes(page)).resolves.toEqual([]);

    // the comité and the financeurs: read, nothing to act on
    await auPasse(page, 'comite?annee=2019');
    await page.getByText('Ordre du jour').waitFor();
    await expect(commandesOffertes(page)).resolves.toEqual([]);
    await verifierEcran(page, '42-voir-au-comite');
    await auPasse(page, 'financeurs?annee=2019');
    await page.getByRole('heading', { name: /^Etat/ }).first().waitFor();
    await expect(commandesOffertes(page)).resolves.toEqual([]);

    // every tab of the référentiel
    for (const onglet of ['territoire', 'quartiers', 'partenaires', 'cadre', 'engagements', 'appels', 'regles']) {
      await auPasse(page, `referentiel/${onglet}`);
      await page.getByRole('tabpanel').waitFor();
      await page.waitForLoadState('networkidle');
      expect({ onglet, commandes: await commandesOffertes(page) }).toEqual({ onglet, commandes: [] });
    }
    await verifierEcran(page, '43-voir-au-referentiel');

    // the journal ends at the instant: the dossier's events of then, not the vote recorded after it
    await auPasse(page, `audit/journal?dossierId=${DOSSIER}`);
    await page.getByTestId('journal-borne').waitFor();
    await page.getByTestId('page-journal').filter({ hasText: 'fin du journal' }).waitFor();
    const { journal } = await agent.ok<{ journal: { evenements: Array<{ type: string }> } }>(
      `query($avant: DateTime) { journal(filter: { dossierId: "${DOSSIER}", enregistreAvant: $avant }, first: 100) { evenements { type } } }`,
      { avant: passe },
    );
    expect(journal.evenements.map((evenement) => evenement.type)).not.toContain('FinancementVote');
    await expect(page.locator('tbody tr').count()).resolves.toBe(journal.evenements.length);
    await expect(page.locator('tbody').textContent()).resolves.not.toMatch(/FinancementVote/);
    await verifierEcran(page, '44-voir-au-journal');

    // the verification takes no instant: the screen says it reads the log as it is now
    await auPasse(page, 'audit/verification');
    await attendreTexte(page.getByTestId('verification-maintenant'), /porte sur le journal tel qu’il est maintenant/);
    await verifierEcran(page, '45-voir-au-verification');

    // back to now: the commands are offered again
    await page.goto(`${base}/${TENANT}/dossiers/${NOUVEAU}`);
    await page.getByRole('button', { name: 'Mettre en instruction — dossier' }).waitFor();
  });

  it('« Voir au » on the platform operator’s screen: the form opening a workspace is disabled', async () => {
    const page = await nouvellePage();
    await seConnecter(page, /^Administrateur/, { espace: 'plateforme' });
    await page.getByRole('heading', { name: 'Espaces de travail de la plateforme' }).waitFor();
    const ouverture = page.getByRole('form', { name: 'Ouvrir un espace de travail' });
    await expect(ouverture.getByRole('button', { name: 'Ouvrir l’espace' }).isEnabled()).resolves.toBe(true);
    await page.goto(`${page.url()}?asOf=${encodeURIComponent(passe)}`);
    await page.getByText(/^Lecture seule/).waitFor();
    await expect(ouverture.getByRole('button', { name: 'Ouvrir l’espace' }).isDisabled()).resolves.toBe(true);
    await expect(ouverture.getByRole('textbox', { name: 'Identifiant de l’espace' }).isDisabled()).resolves.toBe(true);
    await expect(commandesOffertes(page)).resolves.toEqual([]);
    await verifierEcran(page, '46-voir-au-espaces');
  });

  it('the historique shows the business time beside the recorded one; a correction is refused without its reason and accepted with it', async () => {
    const page = await nouvellePage();
    await seConnecter(page, /^Agent de l’EPCI/);
    await page.goto(`${base}/${TENANT}/dossiers/${DOSSIER}/historique`);
    const vote = page.getByTestId('entree-historique').filter({ hasText: 'Financement voté' });
    await vote.waitFor();
    // voted at the comité of 15 March 2019, recorded today
    const aujourdhui = new Date().toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });
    await attendreTexte(vote, new RegExp(`enregistré le ${aujourdhui}.*, effectif le 15/03/2019`));
    await verifierEcran(page, '47-historique-effectif');

    await page.goto(`${base}/${TENANT}/dossiers/${DOSSIER}`);
    await page.getByTestId('statut-dossier').filter({ hasText: 'Retenu' }).waitFor();
    const revision = async () => (await agent.ok<{ dossier: { revision: number } }>(`{ dossier(id: "${DOSSIER}") { revision } }`)).dossier.revision;
    const avant = await revision();
    await page.getByRole('button', { name: /^Corriger un montant — Etat/ }).click();
    await page.getByLabel('Étape corrigée').selectOption('vote');
    await page.getByRole('textbox', { name: 'Nouveau montant (€)' }).fill('2 400');
    const raison = page.getByRole('textbox', { name: 'Raison du changement' });
    await expect(raison.getAttribute('required')).resolves.not.toBeNull();
    await page.getByRole('button', { name: 'Corriger un montant', exact: true }).click();
    // the browser keeps the form: the reason is missing, nothing is sent
    const validite = () =>
      raison.evaluate((element) => {
        const champ = element as unknown as { validity: { valueMissing: boolean }; validationMessage: string };
        return { manquante: champ.validity.valueMissing, message: champ.validationMessage.length > 0 };
      });
    await expect(validite()).resolves.toEqual({ manquante: true, message: true });
    await page.waitForTimeout(500);
    await expect(page.getByText('Corriger un montant : enregistré.').count()).resolves.toBe(0);
    await verifierEcran(page, '48-correction-sans-raison');
    expect(await revision()).toBe(avant);
    await raison.fill('Erreur de saisie au comité du 15 mars');
    await page.getByRole('button', { name: 'Corriger un montant', exact: true }).click();
    await page.getByText('Corriger un montant : enregistré.').waitFor();
    const { dossier } = await agent.ok<{ dossier: { lignes: Array<{ vote: string }>; corrections: Array<{ reason: string }> } }>(
      `{ dossier(id: "${DOSSIER}") { lignes { vote } corrections { reason } } }`,
    );
    expect(dossier).toEqual({ lignes: [{ vote: '2400.00' }], corrections: [{ reason: 'Erreur de saisie au comité du 15 mars' }] });
  });

  it('a porteur sees at the recap the pièces its appel asks of its kind, deposits, and joins one right there', async () => {
    const page = await nouvellePage();
    await seConnecter(page, /^Porteur de projet/, { organisation: ['Porteur', "Ville d'Auchel"] });
    await page.getByTestId('nombre-dossiers').waitFor();
    // the header names the organisation, not its id
    await page.getByText("Porteur de projet — Ville d'Auchel").waitFor();
    await expect(page.getByText(`— ${PORTEUR}`).count()).resolves.toBe(0);

    await page.getByRole('link', { name: 'Déposer un dossier' }).first().click();
    await page.getByLabel('Appel à projets').selectOption(String(ANNEE));
    await page.getByLabel('Titre de l’action').fill('Jardin partagé des Provinces');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByRole('checkbox', { name: /Action intercommunale/ }).check();
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByLabel('Pilier', { exact: true }).selectOption('v1.P1');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    await page.getByLabel('Début de l’action').fill(`${ANNEE}-03-01`);
    await page.getByLabel('Fin de l’action').fill(`${ANNEE}-10-31`);
    await page.getByLabel('Coût total (€)').fill('4 000');
    await page.getByRole('combobox', { name: 'Financeur 1' }).click();
    await page.getByRole('option', { name: 'Etat', exact: true }).click();
    await page.getByLabel('Nature 1').selectOption('credits_specifiques');
    await page.getByLabel('Montant demandé 1 (€)').fill('2 000');
    await page.getByRole('button', { name: 'Étape suivante' }).click();
    const requises = page.getByTestId('pieces-requises-depot');
    await requises.waitFor();
    // a commune is not asked for statuts (an association is)
    await expect(requises.locator('li').allTextContents()).resolves.toEqual([
      'RIB — au dépôt',
      'Budget prévisionnel — au dépôt',
      expect.stringMatching(/^Compte rendu financier.* — avec le bilan$/),
    ]);
    await verifierEcran(page, '49-depot-pieces-demandees');

    await page.getByRole('button', { name: 'Déposer le dossier' }).click();
    await page.getByText(/^Votre dossier est déposé/).waitFor();
    await page.waitForURL(/\/mes-dossiers\/deposer\/[^/]+$/);
    await attendreTexte(page.getByTestId('statut-dossier'), 'Déposé');
    const demandees = page.getByRole('list', { name: 'Pièces demandées par l’appel à projets' });
    await demandees.getByText(/^RIB \(au dépôt\)/).waitFor();
    await attendreTexte(demandees.locator('li').filter({ hasText: 'RIB' }), /manquante/);
    const pieces = page.getByRole('form', { name: 'Joindre une pièce' });
    await pieces.getByLabel('Type de pièce').selectOption('rib');
    await pieces.locator('input[type="file"]').setInputFiles({ name: 'RIB Ville d’Auchel.pdf', mimeType: 'application/pdf', buffer: pdf(2_000, 'RIB') });
    await pieces.getByRole('button', { name: 'Joindre la pièce' }).click();
    await pieces.getByRole('status').filter({ hasText: 'RIB : pièce jointe.' }).waitFor();
    await page.getByRole('link', { name: 'RIB Ville d’Auchel.pdf' }).waitFor();
    await demandees
      .locator('li')
      .filter({ hasText: /^RIB.*fournie/ })
      .waitFor();
    await verifierEcran(page, '50-depot-piece-jointe');
    // reloading the step keeps it: the dossier and its pièces are read again
    await page.reload();
    await page.getByRole('link', { name: 'RIB Ville d’Auchel.pdf' }).waitFor();
    const dossierId = new URL(page.url()).pathname.split('/').pop() as string;
    const { dossier } = await agent.ok<{ dossier: { titre: string; pieces: Array<{ type: { id: string }; fichier: { nom: string } }> } }>(
      `query($id: String!) { dossier(id: $id) { titre pieces { type { id } fichier { nom } } } }`,
      { id: dossierId },
    );
    expect(dossier).toEqual({ titre: 'Jardin partagé des Provinces', pieces: [{ type: { id: 'rib' }, fichier: { nom: 'RIB Ville d’Auchel.pdf' } }] });
  });

  it('with the keyboard alone: signs in, skips to the content, reaches a dossier and sends a command', async () => {
    const page = await nouvellePage();
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    // the agent's role is chosen by default: Tab to the button, Enter
    await tabulerJusqua(page, (element) => element.role === 'button' && element.nom === 'Se connecter');
    await page.keyboard.press('Enter');
    await page.getByTestId('comptes').waitFor();
    // the first stop is « Aller au contenu », visible once focused; Enter puts the focus on the screen
    await page.keyboard.press('Tab');
    const evitement = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(evitement.evaluate((element) => element === (element.ownerDocument as unknown as { activeElement: unknown }).activeElement)).resolves.toBe(
      true,
    );
    const boite = await evitement.boundingBox();
    expect(boite && boite.y >= 0 && boite.height > 10).toBe(true);
    await capture(page, '51-clavier-lien-evitement');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id)).resolves.toBe(
      'contenu',
    );
    // to the dossiers through the navigation, then the search field, then the dossier's link
    await tabulerJusqua(page, (element) => element.role === 'link' && element.nom === 'Dossiers');
    await page.keyboard.press('Enter');
    await page.getByTestId('nombre-dossiers').waitFor();
    // the year: a native select answers typing its option
    await tabulerJusqua(page, (element) => element.nom === 'Année');
    await page.keyboard.type('2019');
    await page.waitForURL(/annee=2019/);
    // the list of that year read (its heading and count), before the keyboard goes on through the filters
    await page.getByRole('heading', { name: 'Dossiers 2019' }).waitFor();
    await page
      .getByTestId('nombre-dossiers')
      .filter({ hasText: /^\d+ dossier/ })
      .waitFor();
    await tabulerJusqua(page, (element) => element.nom === 'Texte ou référence');
    await page.keyboard.type('Permanence numérique de Bruay');
    await page.keyboard.press('Enter');
    await page
      .getByTestId('nombre-dossiers')
      .filter({ hasText: /^1 dossier/ })
      .waitFor();
    await tabulerJusqua(page, (element) => element.role === 'link' && element.nom === 'Permanence numérique de Bruay');
    await page.keyboard.press('Enter');
    await page.getByTestId('statut-dossier').filter({ hasText: 'Déposé' }).waitFor();
    await tabulerJusqua(page, (element) => element.nom === 'Mettre en instruction — dossier');
    await page.keyboard.press('Enter');
    await tabulerJusqua(page, (element) => element.role === 'button' && element.nom === 'Mettre en instruction');
    await page.keyboard.press('Enter');
    await page
      .getByText(/^Mettre en instruction : enregistré\.|Refusé par le serveur/)
      .first()
      .waitFor();
    await capture(page, '52-clavier-commande');
    await page.getByText('Mettre en instruction : enregistré.').waitFor();
    await attendreTexte(page.getByTestId('statut-dossier'), 'En instruction');
  });

  it('on a 390-px phone the dossiers list, a dossier and its historique do not scroll sideways', async () => {
    const page = await nouvellePage(390);
    await seConnecter(page, /^Agent de l’EPCI/);
    await page.locator('[role="img"] svg').first().waitFor();
    for (const [chemin, pret, nom] of [
      ['dossiers?annee=2019', 'nombre-dossiers', '52-telephone-dossiers'],
      [`dossiers/${DOSSIER}`, 'statut-dossier', '53-telephone-dossier'],
      [`dossiers/${DOSSIER}/historique`, 'entree-historique', '54-telephone-historique'],
    ]) {
      await page.goto(`${base}/${TENANT}/${chemin}`);
      await page.getByTestId(pret).first().waitFor();
      await page.waitForLoadState('networkidle');
      const largeur = await largeurDePage(page);
      expect({ chemin, deborde: largeur > 390 ? largeur : false }).toEqual({ chemin, deborde: false });
      await verifierEcran(page, nom);
    }
  });

  it('an admin defines a new version of the cadre stratégique with its own level names, edits a financing rule, attaches a commune and sets an INSEE code', async () => {
    const page = await nouvellePage();
    await seConnecter(page, /^Administrateur/);
    await page.getByTestId('comptes').waitFor();

    // the cadre: version 2 with the tenant's dimension and levels, then its first node
    await page.goto(`${base}/${TENANT}/referentiel/cadre`);
    const { cadreStrategique: avant } = await admin.ok<{ cadreStrategique: { version: number } }>(`{ cadreStrategique { version } }`);
    await page.getByRole('button', { name: `Préparer la version ${avant.version + 1}` }).click();
    const version = page.getByRole('form', { name: `Définir la version ${avant.version + 1} du cadre` });
    await version.getByRole('textbox', { name: 'Intitulé' }).fill('Contrat de ville Engagements Quartiers 2030');
    for (let index = await version.getByRole('button', { name: /^Retirer la dimension/ }).count(); index > 1; index -= 1) {
      await version.getByRole('button', { name: `Retirer la dimension ${index}` }).click();
    }
    await version.getByRole('textbox', { name: 'Dimension 1 : libellé' }).fill('Axes du contrat');
    await version.getByRole('textbox', { name: 'Dimension 1 : code' }).fill('axes');
    await version.getByRole('textbox', { name: 'Dimension 1 : niveaux' }).fill('Axe > Enjeu > Action type');
    await version.getByRole('button', { name: `Définir la version ${avant.version + 1}` }).click();
    await page.getByRole('heading', { name: `Contrat de ville Engagements Quartiers 2030 — version ${avant.version + 1}` }).waitFor();
    await page.getByText('(niveaux : Axe → Enjeu → Action type)').waitFor();
    await page.getByRole('button', { name: 'Ajouter : Axe' }).click();
    await page.getByRole('form', { name: 'Ajouter : Axe' }).getByRole('textbox', { name: 'Libellé' }).fill('Emploi et insertion');
    await page.getByRole('form', { name: 'Ajouter : Axe' }).getByRole('button', { name: 'Enregistrer' }).click();
    const noeud = page.getByTestId('noeud-cadre').filter({ hasText: 'Emploi et insertion' });
    await noeud.waitFor();
    await noeud.getByRole('button', { name: /^Ajouter : Enjeu/ }).waitFor();
    await verifierEcran(page, '55-referentiel-cadre-version');
    const { cadreStrategique } = await admin.ok<{
      cadreStrategique: { version: number; dimensions: Array<{ code: string; niveaux: string[] }>; noeuds: Array<{ libelle: string; niveauLibelle: string }> };
    }>(`{ cadreStrategique { version dimensions { code niveaux } noeuds { libelle niveauLibelle } } }`);
    expect(cadreStrategique).toEqual({
      version: avant.version + 1,
      dimensions: [{ code: 'axes', niveaux: ['Axe', 'Enjeu', 'Action type'] }],
      noeuds: [{ libelle: 'Emploi et insertion', niveauLibelle: 'Axe' }],
    });

    // a financing rule: added, then edited in place (same id), the others untouched
    await page.getByRole('tab', { name: 'Règles de financement' }).click();
    const ajout = page.getByRole('form', { name: 'Ajouter une règle de financement' });
    await ajout.getByRole('textbox', { name: 'Libellé' }).fill('Plafond de l’État');
    await ajout.getByLabel('Financeur visé', { exact: true }).selectOption('etat');
    await ajout.getByRole('textbox', { name: 'Montant maximal (€)' }).fill('10 000');
    await ajout.getByRole('button', { name: 'Ajouter la règle' }).click();
    // the rules in force change: the server asks why, the form asks it on its field
    await ajout.getByText(/a reason is required/).waitFor();
    await ajout.getByRole('textbox', { name: 'Raison du changement' }).fill('Plafond fixé par la circulaire préfectorale');
    await ajout.getByRole('button', { name: 'Ajouter la règle' }).click();
    await ajout
      .getByRole('status')
      .filter({ hasText: /Règle « Plafond de l’État » ajoutée/ })
      .waitFor();
    type Regles = { reglesFinancement: { version: number; regles: Array<{ id: string; libelle: string; application: string; montantMax: string | null }> } };
    const lire = () => admin.ok<Regles>(`{ reglesFinancement { version regles { id libelle application montantMax } } }`);
    const ajoutee = await lire();
    const regle = ajoutee.reglesFinancement.regles.find((candidate) => candidate.libelle === 'Plafond de l’État');
    expect(regle).toMatchObject({ montantMax: '10000.00', application: 'bloquant' });
    await page.getByRole('button', { name: 'Modifier la règle Plafond de l’État' }).click();
    const edition = page.getByRole('form', { name: 'Modifier la règle Plafond de l’État' });
    await expect(edition.getByRole('textbox', { name: 'Montant maximal (€)' }).inputValue()).resolves.toBe('10000');
    await expect(edition.getByLabel('Financeur visé', { exact: true }).inputValue()).resolves.toBe('etat');
    await edition.getByRole('textbox', { name: 'Montant maximal (€)' }).fill('12 500');
    await edition.getByLabel('Application').selectOption('avertissement');
    await verifierEcran(page, '56-referentiel-regle-modifiee');
    await edition.getByRole('button', { name: 'Enregistrer la modification' }).click();
    await edition.getByText(/a reason is required/).waitFor();
    await edition.getByRole('textbox', { name: 'Raison du changement' }).fill('Plafond relevé au comité de pilotage');
    await edition.getByRole('button', { name: 'Enregistrer la modification' }).click();
    await edition.waitFor({ state: 'detached' });
    await page.getByRole('cell', { name: /Etat : au plus 12\s500\s€/ }).waitFor();
    const modifiee = await lire();
    expect(modifiee.reglesFinancement.version).toBe(ajoutee.reglesFinancement.version + 1);
    expect(modifiee.reglesFinancement.regles).toEqual(
      ajoutee.reglesFinancement.regles.map((autre) => (autre.id === regle?.id ? { ...autre, montantMax: '12500.00', application: 'avertissement' } : autre)),
    );

    // the territoire: a commune attached with its code, a code given to a commune known by name only
    await page.getByRole('tab', { name: 'Territoire et communes' }).click();
    const rattacher = page.getByRole('form', { name: 'Rattacher une commune' });
    await rattacher.getByRole('textbox', { name: 'Nom de la commune' }).fill('Lillers');
    await rattacher.getByRole('textbox', { name: 'Code INSEE' }).fill('62516');
    await rattacher.getByRole('button', { name: /Rattacher/ }).click();
    await page.getByRole('row', { name: /Lillers 62516/ }).waitFor();
    await page.getByRole('textbox', { name: 'Code INSEE de Béthune' }).fill('62119');
    await page.getByRole('button', { name: 'Enregistrer le code INSEE de Béthune' }).click();
    await page.getByRole('row', { name: /Béthune 62119/ }).waitFor();
    await verifierEcran(page, '57-referentiel-territoire');
    const { territoire } = await admin.ok<{ territoire: { communes: Array<{ nom: string; codeInsee: string | null; rattachee: boolean }> } }>(
      `{ territoire { communes { nom codeInsee rattachee } } }`,
    );
    expect(territoire.communes).toEqual(
      expect.arrayContaining([
        { nom: 'Lillers', codeInsee: '62516', rattachee: true },
        { nom: 'Béthune', codeInsee: '62119', rattachee: true },
      ]),
    );
  });

  it('the header names an instructeur’s organisation', async () => {
    const page = await nouvellePage();
    await seConnecter(page, /^Instructeur d’un financeur/, { organisation: ['Financeur', 'Etat'] });
    await page.getByText(/^Instructeur d’un financeur — Etat$/).waitFor();
    const { partenaire } = await agent.ok<{ partenaire: { nom: string } }>(`{ partenaire(id: "etat") { nom } }`);
    expect(partenaire.nom).toBe('Etat');
  });
});
