import { COLONNES, type Colonne } from './colonnes';
import type { CodeErreurImport, ProblemeImport } from './import-programmation.types';

/**
 * The one collector of an import's problems, in the order they are found: errors (the file is refused whole) and
 * warnings. A column is named by its label in the file's language (« Porteur »), or by the header read.
 */
export class ProblemesImport {
  readonly errors: ProblemeImport[] = [];
  readonly warnings: ProblemeImport[] = [];

  readonly erreur = (row: number, colonne: Colonne | { libelle: string } | undefined, code: CodeErreurImport, message: string, value?: string): void => {
    this.errors.push({ row, ...colonneDe(colonne), code, message, ...(value !== undefined ? { value } : {}) });
  };

  readonly avertissement = (row: number, colonne: Colonne | { libelle: string } | undefined, code: CodeErreurImport, message: string): void => {
    this.warnings.push({ row, ...colonneDe(colonne), code, message });
  };
}

function colonneDe(colonne: Colonne | { libelle: string } | undefined): { column?: string } {
  if (colonne === undefined) return {};
  return { column: typeof colonne === 'string' ? COLONNES[colonne].libelle : colonne.libelle };
}
