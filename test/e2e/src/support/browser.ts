import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

/**
 * Chromium for the browser tests, from the package registry: @sparticuz/chromium ships it inside its package
 * (unpacked to /tmp/chromium on first use), playwright-core drives it. Never a browser download, never a skip:
 * a machine where it cannot start fails the test with the reason. @sparticuz/chromium is ESM-only and Jest runs
 * CommonJS, so its executable path comes from a child process.
 */
export async function lancerChromium(): Promise<Browser> {
  const script =
    "const c = (await import('@sparticuz/chromium')).default; process.stdout.write(JSON.stringify({ executablePath: await c.executablePath(), args: c.args }))";
  const { executablePath, args } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as {
    executablePath: string;
    args: string[];
  };
  return chromium.launch({ executablePath, headless: true, args: [...args, '--disable-background-networking', '--lang=fr-FR'] });
}

/** axe-core injected into the page (its Playwright wrapper needs Node 22): serious and critical violations. */
export async function violationsGraves(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run(
            context: unknown,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
}

/** Screenshots of each screen go to tmp/screenshots (ignored by git): the reviewer looks at them. */
export const DOSSIER_CAPTURES = join(__dirname, '../../../../tmp/screenshots');

export async function capture(page: Page, nom: string): Promise<void> {
  mkdirSync(DOSSIER_CAPTURES, { recursive: true });
  await page.screenshot({ path: join(DOSSIER_CAPTURES, `${nom}.png`), fullPage: true });
}
