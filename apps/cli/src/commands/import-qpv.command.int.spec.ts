import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEventStore } from '@cdv/event-store';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';

const HEADER = 'code_qp;lib_qp;insee_reg;lib_reg;insee_dep;lib_dep;insee_com;lib_com;siren_epci;lib_epci';
const EPCI = '732829320';
const LISTE_2015 = [
  HEADER,
  `QP059001;Alma Gare;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};MEL`,
  `QP059002;"Epeule - Trichon";32;Hauts-de-France;59;Nord;"59512; 59599";"Roubaix; Tourcoing";${EPCI};MEL`,
  `QP001001;Quartier de l'Ain;84;ARA;01;Ain;1053;Bourg-en-Bresse;552100554;CA du Bassin de Bourg-en-Bresse`,
].join('\n');
const LISTE_2024 = [
  `${HEADER};code_qp_2015`,
  `QN05901M;Alma;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};MEL;QP059001`,
  `QN05902M;Epeule;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};MEL;QP059001; QP059002`,
  `QN0590;Code tronqué;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};MEL;`,
  `QP059003;Mauvaise génération;32;Hauts-de-France;59;Nord;59512;Roubaix;${EPCI};MEL;`,
].join('\n');

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

describe('cli import-qpv (SQLite file)', () => {
  let dir: string;
  let file: string;
  let env: Record<string, string>;
  const csv = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };
  const events = async () => {
    const store = createEventStore({ kind: 'sqlite', file });
    try {
      return await store.readAll({ tenant: 'mel' });
    } finally {
      await store.close();
    }
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-import-qpv-'));
    file = join(dir, 'events.sqlite');
    env = { DATA_DIR: dir, EVENT_STORE_FILE: file, AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789', LOG_LEVEL: 'error' };
    await createEventStore({ kind: 'sqlite', file }).close();
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a dry run prints what it would do and writes nothing; the import writes it, with progress; again, nothing', async () => {
    const path = csv('listeqp2015.csv', LISTE_2015);
    const dry = io(env);
    expect(await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, path, '--generation', '2015', '--dry-run'], dry.io)).toBe(0);
    expect(dry.out()).toMatch(
      /^dry run \(nothing written\): workspace mel, file listeqp2015\.csv\n {2}2 QPV to declare, 0 successor links, 0 known already, 1 rows of other EPCIs\n {2}2 events would be appended\n$/,
    );
    expect(await events()).toEqual([]);

    const run = io(env);
    expect(await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, path, '--generation', '2015'], run.io)).toBe(0);
    expect(run.out()).toMatch(/2 events appended/);
    expect(run.err()).toMatch(/import-qpv mel: 2\/2 commands \(100 %\)/);
    const written = await events();
    expect(written.map((e) => [e.stream, e.type, e.metadata.source, e.metadata.provenance?.document])).toEqual([
      ['mel:qpv-QP059001', 'QpvDeclare', 'import', 'listeqp2015.csv'],
      ['mel:qpv-QP059002', 'QpvDeclare', 'import', 'listeqp2015.csv'],
    ]);

    const again = io(env);
    expect(await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, path], again.io)).toBe(0);
    expect(again.out()).toMatch(/0 QPV to declare, 0 successor links, 2 known already.*\n {2}0 events appended/);
    expect(await events()).toHaveLength(2);
  });

  it('the 2024 list: good rows and successor links imported, bad rows printed by line (exit 1); the dry run shows the same errors', async () => {
    await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, csv('l2015.csv', LISTE_2015)], io(env).io);
    const path = csv('listeqp2024.csv', LISTE_2024);
    const dry = io(env);
    expect(await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, path, '--generation', '2024', '--dry-run'], dry.io)).toBe(1);
    expect(dry.out()).toContain('line 4 QN0590 [code_qp]: "QN0590" is not a QPV code');
    expect(dry.out()).toContain('line 5 QP059003 [code_qp]: QP059003 belongs to the 2015 geography, not 2024');
    expect(dry.out()).toMatch(/4 events would be appended/);
    expect(await events()).toHaveLength(2);

    const run = io(env);
    expect(await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, path, '--generation', '2024', '--json'], run.io)).toBe(1);
    const report = JSON.parse(run.out());
    expect(report).toMatchObject({ declarations: 2, remplacements: 2, evenements: 4, dryRun: false, refus: [] });
    expect(report.erreurs.map((e: { ligne: number }) => e.ligne)).toEqual([4, 5]);
    expect((await events()).slice(2).map((e) => `${e.stream} ${e.type}`)).toEqual([
      'mel:qpv-QN05901M QpvDeclare',
      'mel:qpv-QN05902M QpvDeclare',
      'mel:qpv-QP059001 QpvRemplace',
      'mel:qpv-QP059002 QpvRemplace',
    ]);
    const again = io(env);
    await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, path, '--generation', '2024'], again.io);
    expect(again.out()).toMatch(/0 events appended/);
    expect(await events()).toHaveLength(6);
  });

  it('explains bad usage (exit 2)', async () => {
    const path = csv('l.csv', LISTE_2015);
    const cases: string[][] = [
      ['import-qpv', '--siren', EPCI, path],
      ['import-qpv', '--tenant', 'mel', path],
      ['import-qpv', '--tenant', 'mel', '--siren', '123456789', path],
      ['import-qpv', '--tenant', 'mel', '--siren', EPCI, path, '--generation', '2020'],
      ['import-qpv', '--tenant', 'mel', '--siren', EPCI],
      ['import-qpv', '--tenant', 'mel', '--siren', EPCI, join(dir, 'absent.csv')],
    ];
    for (const argv of cases) {
      const run = io(env);
      expect(await runCli(argv, run.io)).toBe(2);
      expect(run.err()).toMatch(/usage: cli import-qpv/);
    }
    const missing = io({ ...env, EVENT_STORE_FILE: join(dir, 'missing.sqlite') });
    expect(await runCli(['import-qpv', '--tenant', 'mel', '--siren', EPCI, path], missing.io)).toBe(2);
  });
});
