import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { Workbook } from 'exceljs';
import { SCHEMA_SCDL_SUBVENTIONS as schema } from '@cdv/application-programmation';
import type { CliIO } from '../cli-command';
import { runCli } from '../main';
import { luhnValide } from '@cdv/shared-kernel';

function io(env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { out: (text) => out.push(text), err: (text) => err.push(text), env };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}

/** RFC 4180 lines of the SCDL file (no field of the demo holds a line break or a quote). */
function lireCsv(texte: string, separateur: string): string[][] {
  return texte
    .split('\r\n')
    .filter(Boolean)
    .map((ligne) => {
      const cellules: string[] = [];
      let courante = '';
      let guillemets = false;
      for (let i = 0; i < ligne.length; i++) {
        const c = ligne[i];
        if (guillemets && c === '"' && ligne[i + 1] === '"') {
          courante += '"';
          i++;
        } else if (c === '"') {
          guillemets = !guillemets;
        } else if (!guillemets && c === separateur) {
          cellules.push(courante);
          courante = '';
        } else {
          courante += c;
        }
      }
      cellules.push(courante);
      return cellules;
    });
}

describe('cli export / export-scdl on the CABBALR demo (SQLite file)', () => {
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cdv-export-cli-'));
    env = {
      DATA_DIR: dir,
      EVENT_STORE_FILE: join(dir, 'events.sqlite'),
      AUTH_LOCAL_SECRET: 'test-secret-test-secret-test-secret-0123456789',
      LOG_LEVEL: 'error',
    };
    expect(await runCli(['seed', '--tenant', 'cabbalr', '--demo'], io(env).io)).toBe(0);
  }, 120_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('export-scdl --tenant cabbalr --annee 2019 writes the EPCI’s file: non-empty, every row valid against the schema (ajv)', async () => {
    const run = io(env);
    const out = join(dir, 'scdl.csv');
    expect(await runCli(['export-scdl', '--tenant', 'cabbalr', '--annee', '2019', '--out', out], run.io)).toBe(0);
    expect(run.out()).toBe(`${out}\n`);
    const texte = readFileSync(out, 'utf8');
    expect(texte.charCodeAt(0)).not.toBe(0xfeff);
    const [entete, ...lignes] = lireCsv(texte, ',');
    expect(entete).toEqual(Object.keys(schema.properties));
    expect(lignes).toHaveLength(6);

    // An independent check: the repository's JSON Schema compiled here, each CSV row read back as the schema
    // types it (numbers for montant and pourcentageSubvention, empty cells absent).
    const ajv = new Ajv({ allErrors: true, strictRequired: false });
    addFormats(ajv, ['date']);
    ajv.addFormat('siret', (value: string) => luhnValide(value));
    ajv.addFormat('periode', (value: string) => value.split('/').every((date) => !Number.isNaN(Date.parse(date))));
    const valider = ajv.compile(schema);
    for (const cellules of lignes) {
      const ligne: Record<string, unknown> = {};
      entete.forEach((champ, index) => {
        if (cellules[index] !== '') ligne[champ] = ['montant', 'pourcentageSubvention'].includes(champ) ? Number(cellules[index]) : cellules[index];
      });
      expect({ ligne, erreurs: valider(ligne) ? null : valider.errors }).toEqual({ ligne, erreurs: null });
      expect(ligne).toMatchObject({
        idAttribuant: expect.stringMatching(/^000\d{11}$/),
        dateConvention: '2019-04-15',
        montant: 2000,
        nature: 'aide en numéraire',
      });
    }
    expect(run.err()).toMatch(/: 6 rows written, each valid against SCDL « subventions » 2.1.1/);
    expect(run.err()).not.toMatch(/left out/);
  });

  it('lists the État’s voted lines that cannot be published, each with its reason', async () => {
    const run = io(env);
    const out = join(dir, 'scdl-etat.csv');
    expect(await runCli(['export-scdl', '--tenant', 'cabbalr', '--annee', '2019', '--attribuant', 'etat', '--out', out], run.io)).toBe(0);
    // the two CPO the report names are the État's only conventions of 2019
    expect(lireCsv(readFileSync(out, 'utf8'), ',')).toHaveLength(1 + 2);
    expect(run.err()).toMatch(/\d+ voted lines left out/);
    expect(run.err()).toMatch(/dateConvention \[CONVENTION_ABSENTE\]: aucune convention signée/);
  });

  it('refuses a missing year, an unknown attribuant and a malformed instant', async () => {
    const sansAnnee = io(env);
    expect(await runCli(['export-scdl', '--tenant', 'cabbalr'], sansAnnee.io)).toBe(2);
    expect(sansAnnee.err()).toMatch(/--annee is required/);
    const inconnu = io(env);
    expect(await runCli(['export-scdl', '--tenant', 'cabbalr', '--annee', '2019', '--attribuant', 'personne'], inconnu.io)).toBe(1);
    expect(inconnu.err()).toMatch(/no partenaire personne in this workspace \(NOT_FOUND\)/);
    const instant = io(env);
    expect(await runCli(['export-scdl', '--tenant', 'cabbalr', '--annee', '2019', '--as-of', 'hier'], instant.io)).toBe(2);
    expect(instant.err()).toMatch(/asOf must be an ISO 8601 instant/);
  });

  it('export writes an XLSX of the dossiers by line with typed cells, and a CSV with the asked columns', async () => {
    const xlsx = io(env);
    const out = join(dir, 'lignes.xlsx');
    expect(await runCli(['export', '--tenant', 'cabbalr', 'dossiers.xlsx', 'annee=2019', 'par=ligne', '--out', out], xlsx.io)).toBe(0);
    expect(xlsx.err()).toMatch(/export cabbalr dossiers: (\d+)\/\1 rows \(100 %\)/);
    const classeur = new Workbook();
    await classeur.xlsx.readFile(out);
    const feuille = classeur.worksheets[0];
    expect(feuille.getRow(2).getCell(1).value).toBe('cabbalr-2019-001');
    const vote = (feuille.getRow(1).values as string[]).indexOf('Ligne : voté (€)');
    expect(vote).toBeGreaterThan(0);
    expect(typeof feuille.getRow(2).getCell(vote).value).toBe('number');
    expect(feuille.getRow(2).getCell((feuille.getRow(1).values as string[]).indexOf('Déposé le')).value).toEqual(new Date(Date.UTC(2018, 10, 15)));

    const csv = io(env);
    const chemin = join(dir, 'dossiers.csv');
    expect(
      await runCli(['export', '--tenant', 'cabbalr', 'dossiers.csv', 'annee=2019', 'columns=dossierId,vote', 'financeur=cabbalr', '--out', chemin], csv.io),
    ).toBe(0);
    const texte = readFileSync(chemin, 'utf8');
    expect(texte.startsWith('\ufeffDossier;Voté (€)\r\ncabbalr-2019-038;')).toBe(true);
    expect(lireCsv(texte.slice(1), ';')).toHaveLength(1 + 6);
  });

  it('export writes the financing rules read from the log (regles-financement), the ones the demo defined', async () => {
    const sortie = io(env);
    const chemin = join(dir, 'regles.csv');
    expect(await runCli(['export', '--tenant', 'cabbalr', 'regles-financement.csv', 'columns=libelle,type', '--out', chemin], sortie.io)).toBe(0);
    const [entete, ...regles] = lireCsv(readFileSync(chemin, 'utf8').slice(1), ';');
    expect(entete).toEqual(['Règle', 'Type']);
    expect(regles.length).toBeGreaterThan(0);
    expect(regles.map(([, type]) => type)).toContain('Plafond');
  });

  it('export refuses an unknown export, column or parameter, and names what exists', async () => {
    const inconnu = io(env);
    expect(await runCli(['export', '--tenant', 'cabbalr', 'nope.csv'], inconnu.io)).toBe(2);
    expect(inconnu.err()).toMatch(
      /no export nope \(known: appels, cadre-strategique, communes, dossiers, engagements, grand-livre, journal, lignes-financement, partenaires, programmation, quartiers, regles-financement, versements\)/,
    );
    const colonne = io(env);
    expect(await runCli(['export', '--tenant', 'cabbalr', 'dossiers.csv', 'columns=titre,montantt'], colonne.io)).toBe(2);
    expect(colonne.err()).toMatch(/unknown column "montantt" \(columns\)/);
    const parametre = io(env);
    expect(await runCli(['export', '--tenant', 'cabbalr', 'grand-livre.csv'], parametre.io)).toBe(2);
    expect(parametre.err()).toMatch(/annee is required/);
    const liste = io(env);
    expect(await runCli(['export', '--list'], liste.io)).toBe(0);
    expect(JSON.parse(liste.out()).exports.map((e: { nom: string }) => e.nom)).toEqual([
      'appels',
      'cadre-strategique',
      'communes',
      'dossiers',
      'engagements',
      'grand-livre',
      'journal',
      'lignes-financement',
      'partenaires',
      'programmation',
      'quartiers',
      'regles-financement',
      'versements',
    ]);
  });
});
