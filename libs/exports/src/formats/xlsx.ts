import type { Writable } from 'node:stream';
import type { Colonne } from '../colonnes';
import { entete, ExportInterrompu, LOT_PAR_DEFAUT, vidange, type OptionsEcriture, type Tableau } from './tableau';
import { FORMATS_XLSX, valeurXlsx } from './valeurs';

export interface OptionsXlsx extends OptionsEcriture {
  /** A last sheet « Paramètres »: what was exported, for whom, as of when (label → value). */
  parametres?: ReadonlyArray<readonly [string, string]>;
  creePar?: string;
}

/** What a sheet may hold in memory before the zip: about a dozen batches of rows. */
const EN_ATTENTE_MAX = 1 << 20;

/**
 * Waits until the zip has taken what a sheet's rows wrote. exceljs writes them into a buffer piped to the zip
 * entry (archiver wraps it in a readable-stream PassThrough) without heeding backpressure: when compression lags
 * behind the rows, that PassThrough holds the whole sheet. Past `EN_ATTENTE_MAX` bytes, wait for it to drain.
 * exceljs does not expose these streams, hence the defensive reading (nothing to wait for if its internals change).
 */
async function laisserCompresser(feuille: object): Promise<void> {
  const flux = (feuille as { stream?: { pipes?: unknown } }).stream;
  const pipes = Array.isArray(flux?.pipes) ? (flux.pipes as unknown[]) : [];
  for (const pipe of pipes) {
    const etat = (pipe as { _writableState?: { length?: unknown } } | null)?._writableState;
    const enAttente = typeof (pipe as Writable).writableLength === 'number' ? (pipe as Writable).writableLength : etat?.length;
    if (typeof enAttente === 'number' && enAttente > EN_ATTENTE_MAX) await new Promise((resolve) => (pipe as Writable).once('drain', resolve));
  }
}

/** Excel's limits on sheet names: 31 characters, none of : \ / ? * [ ]. */
export function nomDeFeuille(nom: string, pris: ReadonlySet<string>): string {
  const base = nom.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Feuille';
  let candidat = base;
  for (let n = 2; pris.has(candidat.toLowerCase()); n++) candidat = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  return candidat;
}

function largeur<R>(colonne: Colonne<R>, titre: string): number {
  const minimum = colonne.type === 'montant' ? 14 : colonne.type === 'dateHeure' ? 19 : colonne.type === 'date' ? 11 : colonne.type === 'texte' ? 18 : 8;
  return Math.min(60, Math.max(minimum, titre.length + 2));
}

/**
 * Writes tables as one XLSX workbook with exceljs's streaming writer: one sheet per table, a bold header row
 * that stays frozen and carries an autofilter, amounts as numbers in a euro format, dates as dates. Each
 * sheet is committed before the next starts (the zip reads its entries in order), and after each batch the
 * writer waits for the output to drain, so memory holds about one batch. Ends the output. Returns the rows.
 */
export async function ecrireXlsx(tableaux: ReadonlyArray<Tableau<never>>, sortie: Writable, options: OptionsXlsx = {}): Promise<number> {
  const taille = Math.max(1, options.lot ?? LOT_PAR_DEFAUT);
  // Loaded on demand, as the import does (libs/application/programmation/src/import/tableur.ts): exceljs takes a second to load.
  const { stream } = await import('exceljs');
  const classeur = new stream.xlsx.WorkbookWriter({ stream: sortie, useStyles: true, useSharedStrings: false });
  classeur.creator = options.creePar ?? 'Contrat de ville';
  classeur.created = new Date();
  const pris = new Set<string>();
  let ecrites = 0;
  const attendre = async (feuille?: object) => {
    if (sortie.destroyed) throw new ExportInterrompu('the output closed before the export ended (client gone?)');
    if (feuille) await laisserCompresser(feuille);
    await vidange(sortie);
  };

  for (const tableau of tableaux as ReadonlyArray<Tableau<unknown>>) {
    const nom = nomDeFeuille(tableau.nom, pris);
    pris.add(nom.toLowerCase());
    const colonnes = tableau.colonnes;
    const feuille = classeur.addWorksheet(nom, { views: [{ state: 'frozen', ySplit: 1 }] });
    feuille.columns = colonnes.map((colonne) => {
      const titre = entete(colonne, options);
      const numFmt = FORMATS_XLSX[colonne.type];
      return { header: titre, key: colonne.id, width: largeur(colonne, titre), ...(numFmt ? { style: { numFmt } } : {}) };
    });
    feuille.getRow(1).font = { bold: true };
    feuille.getRow(1).commit();
    if (colonnes.length > 0) feuille.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: colonnes.length } };
    let dansLeLot = 0;
    for await (const ligne of tableau.lignes) {
      feuille.addRow(colonnes.map((colonne) => valeurXlsx(colonne.type, colonne.valeur(ligne)))).commit();
      ecrites++;
      if (++dansLeLot >= taille) {
        dansLeLot = 0;
        options.onProgress?.(ecrites);
        await attendre(feuille);
      }
    }
    feuille.commit();
    options.onProgress?.(ecrites);
    await attendre();
  }

  if (options.parametres?.length) {
    const feuille = classeur.addWorksheet(nomDeFeuille('Paramètres', pris));
    feuille.columns = [
      { header: 'Paramètre', key: 'parametre', width: 28 },
      { header: 'Valeur', key: 'valeur', width: 60 },
    ];
    feuille.getRow(1).font = { bold: true };
    for (const [parametre, valeur] of options.parametres) feuille.addRow([parametre, valeur]).commit();
    feuille.commit();
  }
  await classeur.commit();
  return ecrites;
}
