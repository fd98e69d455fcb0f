import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

// Chromium from the package registry (libs/testing/src/chromium.ts): the benches start it too.
export { lancerChromium } from '@cdv/app-harness';

/**
 * Results axe leaves "incomplete" (needs review) that are failures for us: text with a 1:1 contrast against its
 * background is invisible (axe assumes it is hidden on purpose; a danger button whose label had the colour of its
 * background passed that way, issue 14), and a label on an element whose role may not carry one.
 */
const INCOMPLETS_REFUSES: Record<string, (messageKeys: string[]) => boolean> = {
  'color-contrast': (keys) => keys.includes('equalRatio'),
  'aria-prohibited-attr': () => true,
};

/**
 * axe-core injected into the page (its Playwright wrapper needs Node 22): serious and critical violations, and the
 * incomplete results above. Besides axe, every visible button must show a label that can be read (its text not
 * the colour of its background): axe's `button-name` is satisfied by an `aria-label` even when the text shown is
 * invisible.
 */
export async function violationsGraves(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  type Noeud = { target: string[]; any: Array<{ data?: { messageKey?: string } | null }> };
  type Resultat = { id: string; impact: string; help: string; nodes: Noeud[] };
  const { violations, incomplete } = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(context: unknown, options: object): Promise<{ violations: Resultat[]; incomplete: Resultat[] }> };
      }
    ).axe;
    return axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
  });
  const graves = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  const incompletsRefuses = incomplete
    .map((resultat) => ({
      ...resultat,
      nodes: resultat.nodes.filter((noeud) => INCOMPLETS_REFUSES[resultat.id]?.(noeud.any.map((check) => check.data?.messageKey ?? '')) ?? false),
    }))
    .filter((resultat) => resultat.nodes.length > 0);
  const boutonsIllisibles = await page.evaluate(() => {
    const document = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<ElementLu> } }).document;
    type ElementLu = {
      innerText: string;
      getBoundingClientRect(): { width: number; height: number };
      getAttribute(name: string): string | null;
      closest(selector: string): ElementLu | null;
    };
    const style = (element: ElementLu) =>
      (globalThis as unknown as { getComputedStyle(element: ElementLu): { color: string; backgroundColor: string; visibility: string } }).getComputedStyle(
        element,
      );
    const resultat: string[] = [];
    for (const bouton of Array.from(document.querySelectorAll('button, [role="button"], a[href]'))) {
      const { width, height } = bouton.getBoundingClientRect();
      // hidden from assistive technologies and out of the tab order (Mantine's clear buttons): not a control to name
      if (width === 0 || height === 0 || style(bouton).visibility === 'hidden' || bouton.closest('[aria-hidden="true"]')) continue;
      const texte = bouton.innerText.trim();
      const nom = bouton.getAttribute('aria-label') ?? texte;
      if (!nom) resultat.push(`un bouton sans nom (${width}×${height})`);
      else if (texte && style(bouton).color === style(bouton).backgroundColor) resultat.push(`« ${texte} » écrit de la couleur de son fond`);
    }
    return resultat;
  });
  return [...graves, ...incompletsRefuses]
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    )
    .concat(boutonsIllisibles.map((bouton) => `bouton illisible : ${bouton}`))
    .concat((await libellesTronques(page)).map((libelle) => `libellé tronqué : ${libelle}`));
}

/** Badges whose label the layout cut with an ellipsis (« Re… » for « Retenu » in a narrow table column). */
function libellesTronques(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Libelle = { innerText: string; scrollWidth: number; clientWidth: number };
    const document = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<Libelle> } }).document;
    return Array.from(document.querySelectorAll('.mantine-Badge-label'))
      .filter((libelle) => libelle.clientWidth > 0 && libelle.scrollWidth > libelle.clientWidth + 1)
      .map((libelle) => `« ${libelle.innerText.trim()} »`);
  });
}

/** Screenshots of each screen go to tmp/screenshots (ignored by git): the reviewer looks at them. */
export const DOSSIER_CAPTURES = join(__dirname, '../../../../tmp/screenshots');

export async function capture(page: Page, nom: string): Promise<void> {
  mkdirSync(DOSSIER_CAPTURES, { recursive: true });
  await page.screenshot({ path: join(DOSSIER_CAPTURES, `${nom}.png`), fullPage: true });
}

/** The page's full width (`document.documentElement.scrollWidth`): wider than the viewport, the page scrolls sideways. */
export function largeurDePage(page: Page): Promise<number> {
  return page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement.scrollWidth);
}

/** The focused element as a keyboard user meets it: its role and its accessible name (label, aria-label or text). */
export interface ElementFocalise {
  role: string;
  nom: string;
}

/**
 * Presses Tab until the focused element is the one looked for (at most `max` times): the way a keyboard user reaches
 * a control. Fails naming the elements crossed when it is not reachable.
 */
export async function tabulerJusqua(page: Page, cherche: (element: ElementFocalise) => boolean, max = 250): Promise<void> {
  const traverses: string[] = [];
  for (let essai = 0; essai < max; essai += 1) {
    await page.keyboard.press('Tab');
    const element = await page.evaluate((): ElementFocalise => {
      type Noeud = {
        tagName: string;
        id: string;
        innerText?: string;
        getAttribute(name: string): string | null;
        labels?: ArrayLike<{ innerText: string }> | null;
      };
      const actif = (globalThis as unknown as { document: { activeElement: Noeud | null; getElementById(id: string): Noeud | null } }).document;
      const noeud = actif.activeElement;
      if (!noeud) return { role: '', nom: '' };
      const tag = noeud.tagName.toLowerCase();
      const type = noeud.getAttribute('type');
      const role =
        noeud.getAttribute('role') ??
        (tag === 'a'
          ? 'link'
          : tag === 'button'
            ? 'button'
            : tag === 'select'
              ? 'combobox'
              : type === 'radio'
                ? 'radio'
                : tag === 'input' || tag === 'textarea'
                  ? 'textbox'
                  : tag);
      const parId = noeud.getAttribute('aria-labelledby');
      const etiquette = noeud.labels && noeud.labels.length > 0 ? noeud.labels[0].innerText : null;
      const nom = noeud.getAttribute('aria-label') ?? (parId ? (actif.getElementById(parId)?.innerText ?? null) : null) ?? etiquette ?? noeud.innerText ?? '';
      return { role, nom: nom.replace(/\s*\*\s*$/, '').trim() };
    });
    if (cherche(element)) return;
    traverses.push(`${element.role} « ${element.nom} »`);
  }
  throw new Error(`not reached with ${max} Tab: ${traverses.slice(-40).join(', ')}`);
}

/**
 * Waits until a locator's text is the expected one, then asserts it: a screen reads its data again after a write,
 * so a text read once right after the success message may still be the old one on a busy machine.
 */
export async function attendreTexte(locator: Locator, attendu: string | RegExp | { contient: string }, delaiMs = 15_000): Promise<void> {
  const convient = (texte: string) =>
    typeof attendu === 'string' ? texte === attendu : attendu instanceof RegExp ? attendu.test(texte) : texte.includes(attendu.contient);
  const limite = Date.now() + delaiMs;
  let texte = (await locator.textContent()) ?? '';
  while (!convient(texte) && Date.now() < limite) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    texte = (await locator.textContent()) ?? '';
  }
  if (typeof attendu === 'string') expect(texte).toBe(attendu);
  else if (attendu instanceof RegExp) expect(texte).toMatch(attendu);
  else expect(texte).toContain(attendu.contient);
}
