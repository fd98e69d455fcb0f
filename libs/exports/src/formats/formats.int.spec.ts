import { PassThrough, Writable } from 'node:stream';
import { Workbook } from 'exceljs';
import type { Colonne } from '../colonnes';
import { ecrireCsv } from './csv';
import { ecrireXlsx } from './xlsx';

interface Ligne {
  titre: string;
  montant: number | null;
  date: string | null;
  instant: string;
  nombre: number;
  vote: boolean;
  tags: string[];
}

const COLONNES: Array<Colonne<Ligne>> = [
  { id: 'titre', libelle: 'Titre', type: 'texte', valeur: (l) => l.titre },
  { id: 'montant', libelle: 'Montant voté (€)', type: 'montant', valeur: (l) => l.montant },
  { id: 'date', libelle: 'Date', type: 'date', valeur: (l) => l.date },
  { id: 'instant', libelle: 'Enregistré le', type: 'dateHeure', valeur: (l) => l.instant },
  { id: 'nombre', libelle: 'Taux', type: 'nombre', valeur: (l) => l.nombre },
  { id: 'vote', libelle: 'Voté', type: 'booleen', valeur: (l) => l.vote },
  { id: 'tags', libelle: 'Étiquettes', type: 'liste', valeur: (l) => l.tags },
];

const LIGNES: Ligne[] = [
  { titre: 'Jardins; « partagés »', montant: 171298900, date: '2019-03-15', instant: '2019-03-20T09:30:00Z', nombre: 0.45, vote: true, tags: ['a', 'b'] },
  { titre: '=HYPERLINK("http://x")', montant: -1250, date: null, instant: '2019-07-01T22:15:00Z', nombre: 12, vote: false, tags: [] },
  { titre: 'Ligne\nsur deux', montant: null, date: '2020-02-29T23:30:00Z', instant: '2020-01-01', nombre: 1, vote: false, tags: ['seul'] },
];

async function* lent<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setImmediate(resolve));
    yield item;
  }
}

function collecte(): { sortie: PassThrough; octets: () => Buffer } {
  const sortie = new PassThrough();
  const chunks: Buffer[] = [];
  sortie.on('data', (chunk: Buffer) => chunks.push(chunk));
  return { sortie, octets: () => Buffer.concat(chunks) };
}

describe('French CSV', () => {
  it('writes a BOM, ";" separators, CRLF lines, decimal commas, dd/mm/yyyy dates and Paris time; quotes what needs it', async () => {
    const { sortie, octets } = collecte();
    expect(await ecrireCsv({ nom: 't', colonnes: COLONNES, lignes: lent(LIGNES) }, sortie)).toBe(3);
    const texte = octets().toString('utf8');
    expect(texte.startsWith('\ufeffTitre;Montant voté (€);Date;Enregistré le;Taux;Voté;Étiquettes\r\n')).toBe(true);
    const lignes = texte.slice(1).split('\r\n');
    expect(lignes[1]).toBe('"Jardins; « partagés »";1712989,00;15/03/2019;20/03/2019 10:30:00;0,45;oui;a, b');
    // summer time: UTC+2
    expect(lignes[2]).toBe(`"'=HYPERLINK(""http://x"")";-12,50;;02/07/2019 00:15:00;12;non;`);
    // an instant's day is its day in Paris; a date without time stays a date
    expect(lignes[3]).toBe('"Ligne\nsur deux";;01/03/2020;01/01/2020;1;non;seul');
    expect(lignes[4]).toBe('');
  });

  it('writes ISO dates and column ids when asked', async () => {
    const { sortie, octets } = collecte();
    await ecrireCsv({ nom: 't', colonnes: COLONNES.slice(0, 4), lignes: LIGNES.slice(0, 1) }, sortie, { dates: 'iso', entetes: 'ids' });
    expect(octets().toString('utf8').slice(1).split('\r\n').slice(0, 2)).toEqual([
      'titre;montant;date;instant',
      '"Jardins; « partagés »";1712989,00;2019-03-15;2019-03-20T09:30:00.000Z',
    ]);
  });

  it('waits for a slow reader: what is buffered stays about one batch, whatever the table size', async () => {
    let maxPending = 0;
    const slow = new Writable({
      highWaterMark: 16 * 1024,
      write(_chunk: Buffer, _encoding, callback) {
        maxPending = Math.max(maxPending, this.writableLength);
        setTimeout(callback, 1);
      },
    });
    const many = Array.from({ length: 20_000 }, (_, i) => ({ ...LIGNES[0], titre: `Action ${i}` }));
    const written = await ecrireCsv({ nom: 't', colonnes: COLONNES, lignes: many }, slow, { lot: 100 });
    expect(written).toBe(20_000);
    // a batch of 100 rows is about 8 kB; without waiting, the whole 1.6 MB would be queued
    expect(maxPending).toBeLessThan(64 * 1024);
  });

  it('stops when the reader goes away', async () => {
    const gone = new PassThrough();
    gone.destroy();
    await expect(ecrireCsv({ nom: 't', colonnes: COLONNES, lignes: LIGNES }, gone)).rejects.toThrow(/closed before the export ended/);
  });
});

describe('XLSX', () => {
  it('types the cells (numbers in euros, dates), freezes and filters the header, one sheet per table, and a parameters sheet', async () => {
    const { sortie, octets } = collecte();
    const fini = new Promise((resolve) => sortie.on('end', resolve));
    const rows = await ecrireXlsx(
      [
        { nom: 'Dossiers', colonnes: COLONNES, lignes: lent(LIGNES) },
        { nom: 'Dossiers', colonnes: COLONNES.slice(0, 2), lignes: LIGNES.slice(0, 1) },
      ] as never,
      sortie,
      { parametres: [['Espace', 'cabbalr']] },
    );
    await fini;
    expect(rows).toBe(4);
    const classeur = new Workbook();
    await classeur.xlsx.load(octets() as unknown as ArrayBuffer);
    expect(classeur.worksheets.map((feuille) => feuille.name)).toEqual(['Dossiers', 'Dossiers 2', 'Paramètres']);
    const feuille = classeur.getWorksheet('Dossiers')!;
    expect(feuille.getRow(1).values).toEqual([undefined, 'Titre', 'Montant voté (€)', 'Date', 'Enregistré le', 'Taux', 'Voté', 'Étiquettes']);
    expect(feuille.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(feuille.autoFilter).toBe('A1:G1');
    const premiere = feuille.getRow(2);
    expect(premiere.getCell(1).value).toBe('Jardins; « partagés »');
    expect(premiere.getCell(2).value).toBe(1712989);
    expect(premiere.getCell(2).numFmt).toBe('#,##0.00 "€"');
    expect(premiere.getCell(3).value).toEqual(new Date(Date.UTC(2019, 2, 15)));
    expect(premiere.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(premiere.getCell(4).value).toEqual(new Date(Date.UTC(2019, 2, 20, 10, 30, 0)));
    expect(premiere.getCell(5).value).toBe(0.45);
    expect(feuille.getRow(3).getCell(1).value).toBe('=HYPERLINK("http://x")');
    expect(feuille.getRow(3).getCell(1).type).toBe(3 /* ValueType.String */);
    expect(feuille.getRow(3).getCell(2).value).toBe(-12.5);
    expect(feuille.getRow(3).getCell(3).value).toBeNull();
    expect(classeur.getWorksheet('Paramètres')!.getRow(2).values).toEqual([undefined, 'Espace', 'cabbalr']);
  });
});
