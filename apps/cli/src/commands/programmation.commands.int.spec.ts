import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { createEventStore } from '@cdv/event-store';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

const HEADER =
  "Référence;Année;Intitulé de l'action;Porteur;Commune(s);QPV;Coût total;Financeur;Nature des crédits;Dispositif;Montant demandé;Montant voté;Décision;Date du comité";
const ROWS = [
  'IMP-1;2019;Programme de Réussite Educative;Ville de Béthune;62119;Mont-Liébaud;1 712 989 €;Etat;crédits spécifiques;;400 809 €;400 809 €;Retenu;28/03/2019',
  'IMP-1;2019;Programme de Réussite Educative;Ville de Béthune;62119;Mont-Liébaud;1 712 989 €;CAF;droit commun;;94.414 €;94.414 €;Retenu;28/03/2019',
  'IMP-2;2019;Ateliers numériques;PYRAMIDE;Interco;;129 935;Région;droit commun;;50 000;;;',
];

describe('cli seed / import-programmation (SQLite file)', () => {
  let dir: string;
  let env: Record<string, string>;
  const head = async () => {
    const store = createEventStore({ kind: 'sqlite', file: env.EVENT_STORE_FILE });
    try {
      return await store.headPosition();
    } finally {
      await store.close();
    }
  };
  const csv = (name: string, rows: readonly string[]) => {
    const path = join(dir, name);
    writeFileSync(path, [HEADER, ...rows, ''].join('\r\n'));
    return path;
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-programmation-cli-'));
    env = {
      DATA_DIR: dir,
      EVENT_STORE_FILE: join(dir, 'data', 'events.sqlite'),
      AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      LOG_LEVEL: 'error',
    };
    const run = io(env);
    expect(await runCli(['seed', '--tenant', 'cabbalr', '--demo'], run.io)).toBe(0);
    expect(run.out()).toMatch(/cabbalr: référentiel seeded, \d+ commands, \d+ events appended/);
    expect(run.out()).toMatch(/cabbalr: demo programmation seeded, \d+ events appended/);
    expect(run.err()).toMatch(/seed cabbalr programmation: \d+\/\d+ commands \(100 %\), [\d.]+ commands\/s\n/);
    expect(run.err()).toMatch(/seed cabbalr référentiel: \d+\/\d+ commands \(\d+ %\), [\d.]+ commands\/s, ETA \d+ s/);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('seeds once: a second run appends nothing and says so', async () => {
    const before = await head();
    const run = io(env);
    expect(await runCli(['seed', '--tenant', 'cabbalr', '--demo'], run.io)).toBe(0);
    // the duration is the machine's: 0.0 s idle, more under load
    expect(run.out()).toMatch(
      /^cabbalr: référentiel already seeded, nothing appended\ncabbalr: demo programmation already seeded, nothing appended \(\d+\.\d s\)\ncabbalr: rapport annuel 2019 already seeded, nothing appended \(version 1\)\n$/,
    );
    expect(await head()).toBe(before);
  });

  it('dry run of a malformed file: every row’s error, exit 1, nothing written', async () => {
    const before = await head();
    const path = csv('malformed.csv', [
      ROWS[0],
      'IMP-4;2019;Action A;PYRAMIDE;Interco;;129 935;Région;droit commun;;1,234;;;',
      'IMP-5;2019;Action B;PYRAMIDE;62119;Quartier Inconnu;100 000;Région;droit commun;;94.414 €;;;',
      'IMP-6;2019;Action C;;62119;;10 000;Région;droit commun;;5 000;;;',
    ]);
    const run = io(env);
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', path, '--dry-run'], run.io)).toBe(1);
    expect(run.out()).toContain('malformed.csv → cabbalr: 4 rows, 4 dossiers\n3 errors:\n');
    expect(run.out()).toMatch(
      / {2}row 3, Montant demandé: AMOUNT_AMBIGUOUS — "1,234" reads as English thousands or as a French decimal: write « 1 234 » for thousands, or at most two decimals \(« 1,23 »\)/,
    );
    expect(run.out()).toMatch(/ {2}row 4, QPV: QPV_UNKNOWN — QPV « Quartier Inconnu » is not in the référentiel/);
    expect(run.out()).toMatch(/ {2}row 5, Porteur: PORTEUR_MISSING/);
    expect(run.out()).toMatch(/row 4, Montant demandé: AMOUNT_READ_AS_THOUSANDS/);
    expect(run.out()).toMatch(/dry run: nothing written\. Fix the errors above/);
    expect(await head()).toBe(before);
    // The same file applied: refused whole.
    const apply = io(env);
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', path], apply.io)).toBe(1);
    expect(apply.out()).toMatch(/nothing imported: a file is imported whole or not at all/);
    expect(await head()).toBe(before);
  });

  it('imports a CSV with progress; the same table as XLSX afterwards appends nothing', async () => {
    const path = csv('programmation-2019.csv', ROWS);
    const dry = io(env);
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', path, '--dry-run'], dry.io)).toBe(0);
    expect(dry.out()).toMatch(/The file is ready/);

    const before = await head();
    const run = io(env);
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', path], run.io)).toBe(0);
    expect(run.out()).toMatch(/imported: 9 commands, 9 events appended\.\n$/);
    expect(run.err()).toMatch(/import-programmation cabbalr: 3\/3 rows \(100 %\), [\d.]+ rows\/s\n$/);
    expect(await head()).toBe(before + 9);

    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Programmation');
    sheet.addRow(HEADER.split(';'));
    sheet.addRow([
      'IMP-1',
      2019,
      'Programme de Réussite Educative',
      'Ville de Béthune',
      62119,
      'Mont-Liébaud',
      1_712_989,
      'Etat',
      'crédits spécifiques',
      null,
      400_809,
      400_809,
      'Retenu',
      new Date(Date.UTC(2019, 2, 28)),
    ]);
    sheet.addRow([null, null, null, null, null, null, null, 'CAF', 'droit commun', null, 94_414, 94_414]);
    sheet.addRow(['IMP-2', 2019, 'Ateliers numériques', 'PYRAMIDE', 'Interco', null, 129_935, 'Région', 'droit commun', null, 50_000]);
    const xlsx = join(dir, 'programmation-2019.xlsx');
    await workbook.xlsx.writeFile(xlsx);
    const again = io(env);
    // The continuation row leaves the dossier's cells blank, as spreadsheets are often laid out.
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', xlsx, '--sheet', 'Programmation'], again.io)).toBe(0);
    expect(again.out()).toMatch(/programmation-2019\.xlsx \(sheet « Programmation »\) → cabbalr: 3 rows, 2 dossiers/);
    expect(again.out()).toMatch(/nothing new: the 9 commands of this file are recorded already\./);
    expect(await head()).toBe(before + 9);
  });

  it('stops at the first refusal naming the row and what to fix; the fixed file continues', async () => {
    const before = await head();
    const fcs = (montant: string) =>
      `IMP-3;2019;Fête de quartier;CONSEIL CITOYEN QUARTIER DU REGAIN;62119;;5 000;CABBALR;crédits spécifiques;Fonds de Cohésion Sociale;${montant};;;`;
    const run = io(env);
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', csv('fcs.csv', [fcs('2 500'), ROWS[2]]), '--user', 'agent-7'], run.io)).toBe(1);
    expect(run.out()).toMatch(/stopped at row 2 \(dossier IMP-3, column « Montant demandé »\): DemanderFinancement refused — VALIDATION_FAILED: .*2 000/);
    expect(run.out()).toMatch(/to fix: correct the value in column « Montant demandé » of dossier IMP-3/);
    expect(run.out()).toMatch(/1 events written before it stay; running the import again skips what is recorded/);
    expect(await head()).toBe(before + 1);

    const fixed = io(env);
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', csv('fcs.csv', [fcs('2 000'), ROWS[2]]), '--user', 'agent-7'], fixed.io)).toBe(0);
    expect(fixed.out()).toMatch(/imported: 4 commands, 1 events appended \(3 already recorded, skipped\)\./);
    const store = createEventStore({ kind: 'sqlite', file: env.EVENT_STORE_FILE });
    const [last] = await store.readAll({ after: before + 1 });
    await store.close();
    expect(last.metadata).toMatchObject({ actor: { userId: 'agent-7', role: 'agent' }, source: 'import', provenance: { document: 'fcs.csv', lines: '2' } });
  });

  it('explains bad usage and unreadable files', async () => {
    for (const argv of [
      ['import-programmation', join(dir, 'x.csv')],
      ['import-programmation', '--tenant', 'cabbalr'],
      ['import-programmation', '--tenant', 'cabbalr', join(dir, 'missing.csv')],
      ['seed', '--tenant', 'lille'],
    ]) {
      const run = io(env);
      expect(await runCli(argv, run.io)).toBe(2);
      expect(run.err()).toMatch(/usage: cli /);
    }
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const run = io(env);
    expect(await runCli(['import-programmation', '--tenant', 'cabbalr', xls], run.io)).toBe(1);
    expect(run.err()).toMatch(/old\.xls: old\.xls is an Excel 97-2003 workbook \(\.xls\): save it as \.xlsx or as CSV/);
  });
});
