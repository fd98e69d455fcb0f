import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

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
    .concat(boutonsIllisibles.map((bouton) => `bouton illisible : ${bouton}`));
}

/** Screenshots of each screen go to tmp/screenshots (ignored by git): the reviewer looks at them. */
export const DOSSIER_CAPTURES = join(__dirname, '../../../../tmp/screenshots');

export async function capture(page: Page, nom: string): Promise<void> {
  mkdirSync(DOSSIER_CAPTURES, { recursive: true });
  await page.screenshot({ path: join(DOSSIER_CAPTURES, `${nom}.png`), fullPage: true });
}
