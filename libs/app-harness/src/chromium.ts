import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

/**
 * Chromium for the browser tests and benches, from the package registry: @sparticuz/chromium ships it inside its
 * package (unpacked to /tmp/chromium on first use), playwright-core drives it. Never a browser download, never a
 * skip: a machine where it cannot start fails with the reason. @sparticuz/chromium is ESM-only and Jest runs
 * CommonJS, so its executable path comes from a child process; playwright-core is loaded only here, when a browser
 * is asked for.
 */
export async function lancerChromium(): Promise<Browser> {
  const script =
    "const c = (await import('@sparticuz/chromium')).default; process.stdout.write(JSON.stringify({ executablePath: await c.executablePath(), args: c.args }))";
  const { executablePath, args } = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as {
    executablePath: string;
    args: string[];
  };
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: [...args, '--disable-background-networking', '--lang=fr-FR'] });
}
