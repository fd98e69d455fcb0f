import { COLONNES, COLONNES_OBLIGATOIRES, indexEntete, lireEntete, type Colonne } from './colonnes';
import type { ImportProgrammationInput } from './import-programmation.types';
import type { ProblemesImport } from './problemes-import';

/** The table an import reads: the rows under its header, their line numbers, and each cell by column. */
export interface TableauImport {
  /** The rows under the header. */
  lignes: readonly (readonly string[])[];
  /** The file's line number of the `index`-th row under the header. */
  numero(index: number): number;
  /** A cell of a row, trimmed; '' when the file has no such column. */
  cell(cells: readonly string[], colonne: Colonne): string;
}

/**
 * Reads the header (the first row naming known columns; title rows above it are skipped): an unknown column is a
 * warning, a required one missing an error (`colonneManquante`: nothing more can be read).
 */
export function lireTableau(
  input: Pick<ImportProgrammationInput, 'rows' | 'rowNumbers' | 'anneeParDefaut'>,
  problemes: ProblemesImport,
): TableauImport & { colonneManquante: boolean } {
  const numero = (index: number) => input.rowNumbers?.[index] ?? index + 1;
  const debut = indexEntete(input.rows);
  const entete = input.rows[debut] ?? [];
  const ligneEntete = numero(debut);
  const lignes = input.rows.slice(debut + 1);
  const { colonnes, inconnues } = lireEntete(entete);
  for (const inconnue of inconnues)
    problemes.avertissement(ligneEntete, { libelle: inconnue.libelle }, 'UNKNOWN_COLUMN', `column "${inconnue.libelle}" is not mapped; its cells are ignored`);
  const obligatoires = [...COLONNES_OBLIGATOIRES, ...(input.anneeParDefaut === undefined ? (['annee'] as const) : [])];
  let manquante = false;
  for (const colonne of obligatoires) {
    if (!colonnes.has(colonne)) {
      manquante = true;
      problemes.erreur(
        ligneEntete,
        colonne,
        'MISSING_COLUMN',
        `the file has no « ${COLONNES[colonne].libelle} » column (headers read as this column: ${[COLONNES[colonne].libelle, ...COLONNES[colonne].alias.slice(0, 4)].map((a) => `« ${a} »`).join(', ')}…; case, accents and punctuation do not matter)`,
      );
    }
  }
  return {
    lignes,
    numero: (index) => numero(debut + 1 + index),
    cell: (cells, colonne) => {
      const index = colonnes.get(colonne);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    },
    colonneManquante: manquante,
  };
}
