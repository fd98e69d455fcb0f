import type { LigneDuFichier } from './import-programmation.types';
import type { ProblemesImport } from './problemes-import';
import type { TableauImport } from './tableau-import';

/**
 * Groups the rows by dossier (year + reference), in file order. A financeur line under its dossier with the
 * dossier's cells left blank, as spreadsheets are often laid out, belongs to the dossier above. Keys are
 * `{annee}\u0000{reference}`.
 */
export function grouperParDossier(tableau: TableauImport, anneeParDefaut: number | undefined, problemes: ProblemesImport): Map<string, LigneDuFichier[]> {
  const groupes = new Map<string, LigneDuFichier[]>();
  let precedente: string | null = null;
  tableau.lignes.forEach((cells, index) => {
    const row = tableau.numero(index);
    if (cells.every((c) => !c.trim())) return;
    const reference = tableau.cell(cells, 'reference');
    // A financeur line under its dossier with the dossier's cells left blank, as spreadsheets are often laid out.
    const suite =
      !reference && !tableau.cell(cells, 'annee') && !tableau.cell(cells, 'titre') && !tableau.cell(cells, 'porteur') && !!tableau.cell(cells, 'financeur');
    if (suite && precedente) {
      groupes.get(precedente)?.push({ row, cells });
      return;
    }
    precedente = null;
    if (!reference) {
      problemes.erreur(row, 'reference', 'MISSING_VALUE', 'the row has no dossier reference');
      return;
    }
    const anneeTexte = tableau.cell(cells, 'annee');
    const annee = anneeTexte ? Number(anneeTexte) : anneeParDefaut;
    if (annee === undefined || !Number.isInteger(annee) || annee < 2000 || annee > 2100) {
      problemes.erreur(row, 'annee', 'YEAR_INVALID', `"${anneeTexte}" is not a year`, anneeTexte);
      return;
    }
    const key = `${annee}\u0000${reference}`;
    groupes.set(key, [...(groupes.get(key) ?? []), { row, cells }]);
    precedente = key;
  });
  return groupes;
}
