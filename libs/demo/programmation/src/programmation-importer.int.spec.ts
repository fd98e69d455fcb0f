import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import { CommandHandler, MemoryEventStore, type RecordedEvent } from '@cdv/eventsourcing';
import { appelDecider, type OuvrirAppelAProjets } from '@cdv/domain-programmation';
import { deciderPourStream } from '@cdv/domain-territoire';
import { CABBALR_REGLES_FINANCEMENT, cabbalr2019Programmation } from './demo-programmation';
import { ProgrammationImporter, type ImportFichier, type ImportProgress } from '@cdv/application-programmation';
import { fixtureToCommands } from '@cdv/demo-territoire';

const FIXTURE = join(__dirname, '../../territoire/fixtures/cabbalr.json');
const NOW = '2020-09-29T10:00:00.000Z';

/** CABBALR as `cli seed` leaves it (territoire seed), with the 2019 appel open. */
async function cabbalr(): Promise<{ store: MemoryEventStore; importer: ProgrammationImporter }> {
  const store = new MemoryEventStore();
  const handler = new CommandHandler(store);
  for (const { stream, command } of fixtureToCommands(JSON.parse(readFileSync(FIXTURE, 'utf8')), 'cabbalr')) {
    const result = await handler.handle(deciderPourStream(stream)!, { stream, command });
    if (!result.ok) throw new Error(result.refusal.message);
  }
  const [appel] = cabbalr2019Programmation();
  const opened = await handler.handle(appelDecider, { stream: appel.stream, command: appel.command as OuvrirAppelAProjets });
  if (!opened.ok) throw new Error(opened.refusal.message);
  return { store, importer: new ProgrammationImporter(handler, store) };
}

const HEADER =
  "Référence;Année;Intitulé de l'action;Porteur;Commune(s);QPV;Pilier;Coût total;Financeur;Nature des crédits;Dispositif;Montant demandé;Montant voté;Décision;Date du comité";
const ROWS = [
  'IMP-1;2019;Programme de Réussite Educative;Ville de Béthune;62119;Mont-Liébaud;Cohésion sociale;1 712 989 €;Etat;crédits spécifiques;;400 809 €;400 809 €;Retenu;28/03/2019',
  'IMP-1;2019;Programme de Réussite Educative;Ville de Béthune;62119;Mont-Liébaud;Cohésion sociale;1 712 989 €;CAF;droit commun;;94.414 €;94.414 €;Retenu;28/03/2019',
  'IMP-2;2019;Ateliers numériques;PYRAMIDE;Interco;;;129 935;Région;droit commun;;50 000;;;',
  'IMP-3;2019;Fête de quartier;CONSEIL CITOYEN QUARTIER DU REGAIN;62119;;;5 000;CABBALR;crédits spécifiques;Fonds de Cohésion Sociale;2 000;;;',
];
const csv = (rows: readonly string[] = ROWS) => Buffer.from([HEADER, ...rows, ''].join('\r\n'), 'utf8');
const file = (bytes: Uint8Array, fileName = 'programmation-2019.csv'): ImportFichier => ({
  tenantId: 'cabbalr',
  fileName,
  bytes,
  now: NOW,
  regles: CABBALR_REGLES_FINANCEMENT,
});

/** The same table as an EPCI keeps it in Excel: a title above, numbers and dates typed, dossier cells merged. */
async function xlsx(): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.addWorksheet('Notes').getCell('A1').value = 'Feuille de notes, pas la programmation';
  const sheet = workbook.addWorksheet('Programmation 2019');
  sheet.getCell('A1').value = { richText: [{ text: 'Programmation ' }, { text: '2019', font: { bold: true } }] };
  sheet.getRow(3).values = HEADER.split(';');
  const comite = new Date(Date.UTC(2019, 2, 28));
  sheet.getRow(4).values = [
    'IMP-1',
    2019,
    'Programme de Réussite Educative',
    'Ville de Béthune',
    '62119',
    'Mont-Liébaud',
    'Cohésion sociale',
    1_712_989,
    'Etat',
    'crédits spécifiques',
    null,
    400_809,
    400_809,
    'Retenu',
    comite,
  ];
  sheet.getRow(5).values = [null, null, null, null, null, null, null, null, 'CAF', 'droit commun', null, 94_414, { formula: 'L5', result: 94_414 }, null, null];
  for (const column of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'N', 'O']) sheet.mergeCells(`${column}4:${column}5`);
  sheet.getRow(6).values = ['IMP-2', 2019, 'Ateliers numériques', 'PYRAMIDE', 'Interco', null, null, 129_935, 'Région', 'droit commun', null, 50_000];
  sheet.getRow(7).values = [
    'IMP-3',
    2019,
    'Fête de quartier',
    'CONSEIL CITOYEN QUARTIER DU REGAIN',
    62119,
    null,
    null,
    5_000,
    'CABBALR',
    'crédits spécifiques',
    'Fonds de Cohésion Sociale',
    2_000,
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const facts = (events: readonly RecordedEvent[]) =>
  events.filter((e) => e.stream.includes(':dossier-')).map((e) => ({ stream: e.stream, type: e.type, data: e.data }));

describe('ProgrammationImporter', () => {
  it('imports a CSV: commands through the deciders, progress by rows, provenance and actor', async () => {
    const { store, importer } = await cabbalr();
    const head = await store.headPosition();
    const progress: ImportProgress[] = [];
    const rapport = await importer.importer(file(csv()), { onProgress: (p) => progress.push(p) });
    expect(rapport.analyse.errors).toEqual([]);
    expect(rapport.analyse.warnings.map((w) => [w.row, w.code])).toContainEqual([3, 'AMOUNT_READ_AS_THOUSANDS']);
    expect(rapport.ecriture).toMatchObject({ refus: null, replayed: 0 });
    expect(rapport.ecriture!.appended).toBe((await store.headPosition()) - head);
    expect(progress[progress.length - 1]).toMatchObject({ rowsDone: 4, rowsTotal: 4, commandsDone: rapport.ecriture!.commands });
    const events = (await store.readAll()).filter((e) => e.position > head);
    expect(events.map((e) => e.type)).toEqual([
      'DossierDepose',
      'FinancementDemande',
      'FinancementDemande',
      'DossierMisEnInstruction',
      'FinancementVote',
      'FinancementVote',
      'DossierRetenu',
      'DossierDepose',
      'FinancementDemande',
      'DossierDepose',
      'FinancementDemande',
    ]);
    expect(events[0].metadata).toMatchObject({
      actor: { userId: 'import:programmation-2019.csv', role: 'system' },
      source: 'import',
      provenance: { document: 'programmation-2019.csv', lines: '2-3' },
    });
    expect(events[5].data).toMatchObject({ montant: 94_414_00 });
  });

  it('imports an XLSX built with exceljs as the equivalent CSV: same facts, and one after the other appends nothing', async () => {
    const fromCsv = await cabbalr();
    const fromXlsx = await cabbalr();
    await fromCsv.importer.importer(file(csv()));
    const rapport = await fromXlsx.importer.importer({ ...file(await xlsx(), 'programmation-2019.xlsx'), feuille: 'programmation 2019' });
    expect(rapport.tableau).toEqual({ format: 'xlsx', feuille: 'Programmation 2019', feuilles: ['Notes', 'Programmation 2019'] });
    expect(rapport.analyse.errors).toEqual([]);
    expect(rapport.ecriture!.refus).toBeNull();
    expect(facts(await fromXlsx.store.readAll())).toEqual(facts(await fromCsv.store.readAll()));
    // Rows as the sheet numbers them: the title and the blank row come first.
    expect((await fromXlsx.store.readAll()).find((e) => e.type === 'DossierDepose')!.metadata.provenance).toMatchObject({ lines: '4-5' });

    // Without --sheet, the first sheet is read: here the notes, which are no programmation.
    const notes = await fromCsv.importer.importer(file(await xlsx(), 'programmation-2019.xlsx'), { dryRun: true });
    expect(notes.tableau.feuille).toBe('Notes');
    expect(notes.analyse.errors.map((e) => e.code)).toContain('MISSING_COLUMN');

    const head = await fromCsv.store.headPosition();
    const again = await fromCsv.importer.importer({ ...file(await xlsx(), 'programmation-2019.xlsx'), feuille: 'Programmation 2019' });
    expect(again.ecriture).toMatchObject({ appended: 0, refus: null });
    expect(again.ecriture!.replayed).toBe(again.ecriture!.commands);
    expect(await fromCsv.store.headPosition()).toBe(head);
  });

  it('re-importing the same file appends nothing', async () => {
    const { store, importer } = await cabbalr();
    const avant = await importer.importer(file(csv()), { dryRun: true });
    expect(avant.simulation).toEqual({ commands: expect.any(Number), alreadyRecorded: 0 });
    const premier = await importer.importer(file(csv()));
    expect(premier.ecriture).toMatchObject({ commands: avant.simulation?.commands, replayed: 0, lastPosition: await store.headPosition() });
    const head = await store.headPosition();
    // the dry run of the same file says that everything is recorded already; applying it appends nothing
    const simulation = await importer.importer(file(csv()), { dryRun: true });
    expect(simulation.simulation).toEqual({ commands: avant.simulation?.commands, alreadyRecorded: avant.simulation?.commands });
    const again = await importer.importer(file(csv()));
    expect(again.ecriture).toMatchObject({ appended: 0, refus: null, lastPosition: 0 });
    expect(await store.headPosition()).toBe(head);
  });

  describe('malformed files', () => {
    const bad = [
      // row 2 is fine (« 1 712 989 € »); rows 3 and 4 read « 129 935 » and « 94.414 € » (thousands, with a warning)
      ROWS[0],
      'IMP-4;2019;Action A;PYRAMIDE;Interco;;;129 935;Région;droit commun;;1,234;;;',
      'IMP-5;2019;Action B;PYRAMIDE;62119;Quartier Inconnu;;100 000;Région;droit commun;;94.414 €;;;',
      'IMP-6;2019;Action C;;62119;;;10 000;Région;droit commun;;5 000;;;',
      'IMP-7;2019;Action D;PYRAMIDE;Béthune;;;dix mille;Région;droit commun;;5 000;;;',
      'IMP-8;2019;Action E;PYRAMIDE;62119;;;1,234.56;Région;droit commun;;1 000;;;',
    ];

    it.each([
      ['dry run', true],
      ['apply', false],
    ])('%s: every row’s error with its column, and nothing written', async (_mode, dryRun) => {
      const { store, importer } = await cabbalr();
      const head = await store.headPosition();
      const rapport = await importer.importer(file(csv(bad)), { dryRun });
      expect(rapport.analyse.errors.map((e) => [e.row, e.column, e.code])).toEqual([
        [3, 'Montant demandé', 'AMOUNT_AMBIGUOUS'],
        [4, 'QPV', 'QPV_UNKNOWN'],
        [5, 'Porteur', 'PORTEUR_MISSING'],
        [6, 'Coût total', 'AMOUNT_INVALID'],
        [6, 'Commune(s)', 'COMMUNE_UNKNOWN'],
        [7, 'Coût total', 'AMOUNT_AMBIGUOUS'],
      ]);
      expect(rapport.analyse.errors[4].message).toMatch(/no INSEE code/);
      expect(rapport.analyse.warnings.filter((w) => w.code === 'AMOUNT_READ_AS_THOUSANDS').map((w) => w.row)).toEqual([4]);
      expect(rapport.analyse.commands).toEqual([]);
      expect(rapport.ecriture).toBeNull();
      expect(await store.headPosition()).toBe(head);
    });
  });

  it('stops at the first refusal naming the row and what to fix; the corrected file resumes where it stopped', async () => {
    const { store, importer } = await cabbalr();
    // The Fonds de Cohésion Sociale is 2 000 € at most per action (tenant rule, bloquant): only the decider knows.
    const trop = [
      ...ROWS.slice(0, 3),
      ROWS[3].replace(';2 000;;;', ';2 500;;;'),
      'IMP-9;2019;Après le refus;PYRAMIDE;Interco;;;1 000;Région;droit commun;;500;;;',
    ];
    const first = await importer.importer(file(csv(trop)));
    expect(first.analyse.errors).toEqual([]);
    expect(first.ecriture!.refus).toMatchObject({
      row: 5,
      reference: 'IMP-3',
      commande: 'DemanderFinancement',
      column: 'Montant demandé',
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('2 000'),
      conseil: expect.stringMatching(/correct the value in column « Montant demandé » of dossier IMP-3/),
    });
    const written = await store.readAll();
    expect(written.filter((e) => e.type === 'DossierDepose').map((e) => (e.data as { referenceExterne: string }).referenceExterne)).toEqual([
      'IMP-1',
      'IMP-2',
      'IMP-3',
    ]);

    const fixed = await importer.importer(file(csv([...ROWS, trop[4]])));
    expect(fixed.ecriture!.refus).toBeNull();
    // Only IMP-3's line and IMP-9 are new: every command already through is replayed.
    const types = (await store.readAll()).slice(written.length).map((e) => e.type);
    expect(types).toEqual(['FinancementDemande', 'DossierDepose', 'FinancementDemande']);
  });

  it('refuses a deposit recorded with other values, and says how to proceed', async () => {
    const { importer } = await cabbalr();
    await importer.importer(file(csv()));
    const renamed = await importer.importer(file(csv([ROWS[0], ROWS[1], ROWS[2].replace('Ateliers numériques', 'Ateliers du numérique')])));
    expect(renamed.ecriture!.refus).toMatchObject({
      row: 4,
      reference: 'IMP-2',
      commande: 'DeposerDossier',
      code: 'CONFLICT',
      conseil: expect.stringContaining('recorded already'),
    });
  });

  it('names the sheets when the one asked for is missing, and refuses .xls', async () => {
    const { importer } = await cabbalr();
    await expect(importer.importer({ ...file(await xlsx(), 'p.xlsx'), feuille: 'Synthèse' })).rejects.toThrow(
      /no sheet « Synthèse » in the workbook \(sheets: « Notes », « Programmation 2019 »\)/,
    );
    await expect(importer.importer(file(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'p.xls'))).rejects.toThrow(/save it as .xlsx or as CSV/);
  });

  it('refuses what is no spreadsheet at all, whatever its name: a PDF, an image renamed .csv, a Word document', async () => {
    const { importer } = await cabbalr();
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const docx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    for (const [bytes, name] of [
      [pdf, 'programmation.pdf'],
      [png, 'programmation.csv'],
      [docx, 'programmation.docx'],
    ] as const) {
      await expect(importer.importer(file(bytes, name))).rejects.toMatchObject({ name: 'FichierIllisible', raison: 'pasUnTableur' });
    }
  });
});
