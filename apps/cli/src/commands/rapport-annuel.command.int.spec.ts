import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { capturedIo } from '../cli-io.mother';
import { runCli } from '../main';

/** `cli seed --demo` gives `cabbalr` its rapport annuel 2019; `cli rapport-annuel` writes it as DOCX or HTML, with progress. */
describe('cli rapport-annuel (SQLite file)', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-rapport-cli-'));
    env = {
      DATA_DIR: dir,
      EVENT_STORE_FILE: join(dir, 'events.sqlite'),
      AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      LOG_LEVEL: 'error',
    };
    const run = capturedIo(env);
    expect(await runCli(['seed', '--tenant', 'cabbalr', '--demo'], run.io)).toBe(0);
    expect(run.out()).toMatch(/cabbalr: rapport annuel 2019 seeded, \d+ events appended \(version 1\)/);
    const again = capturedIo(env);
    expect(await runCli(['seed', '--tenant', 'cabbalr', '--demo'], again.io)).toBe(0);
    expect(again.out()).toMatch(/cabbalr: rapport annuel 2019 already seeded, nothing appended \(version 1\)/);
  }, 180_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes version 1 as DOCX, the same bytes on a second run, with progress on stderr', async () => {
    const out = join(dir, 'rapport-v1.docx');
    const run = capturedIo(env);
    expect(await runCli(['rapport-annuel', '--tenant', 'cabbalr', '--annee', '2019', '--version', '1', '--out', out], run.io)).toBe(0);
    expect(run.out()).toBe(`${out}\n`);
    expect(run.err()).toMatch(/rapport-annuel cabbalr 2019: reading the workspace's log \(up to position \d+\)/);
    expect(run.err()).toMatch(/DOCX rendered, \d+ bytes/);
    expect(run.err()).toMatch(/written: version 1 \(consultation_close\)/);
    const octets = readFileSync(out);
    const xml = await (await JSZip.loadAsync(octets)).file('word/document.xml')!.async('string');
    expect(xml).toContain('arrêtée au 29 septembre 2020');
    const second = join(dir, 'rapport-v1-bis.docx');
    expect(await runCli(['rapport-annuel', '--tenant', 'cabbalr', '--annee', '2019', '--version', '1', '--out', second], capturedIo(env).io)).toBe(0);
    expect(readFileSync(second).equals(octets)).toBe(true);
  });

  it('writes the projet as of now as HTML', async () => {
    const out = join(dir, 'projet.html');
    const run = capturedIo(env);
    expect(await runCli(['rapport-annuel', '--tenant', 'cabbalr', '--annee', '2019', '--out', out], run.io)).toBe(0);
    expect(run.err()).toMatch(/figures assembled/);
    expect(readFileSync(out, 'utf8')).toMatch(/<html lang="fr"[\s\S]*data-regle/);
  });

  it('says what is wrong: a missing option, an unknown format or version, both --as-of and --version', async () => {
    const usage = async (args: string[], message: RegExp) => {
      const run = capturedIo(env);
      expect(await runCli(['rapport-annuel', ...args], run.io)).toBe(2);
      expect(run.err()).toMatch(message);
    };
    await usage(['--tenant', 'cabbalr', '--out', 'x.docx'], /--annee is required/);
    await usage(['--tenant', 'cabbalr', '--annee', '2019', '--out', 'x.pdf'], /must end in \.docx or \.html/);
    await usage(['--tenant', 'cabbalr', '--annee', '2019', '--out', 'x.docx', '--as-of', 'hier'], /is not an instant/);
    await usage(['--tenant', 'cabbalr', '--annee', '2019', '--out', 'x.docx', '--as-of', '2020-01-01T00:00:00Z', '--version', '1'], /not both/);
    const run = capturedIo(env);
    expect(await runCli(['rapport-annuel', '--tenant', 'cabbalr', '--annee', '2019', '--version', '4', '--out', join(dir, 'v4.docx')], run.io)).toBe(1);
    expect(run.err()).toMatch(/has no version 4/);
  });
});
