import { ApiError } from '@cdv/graphql-common';

/**
 * How a column's values are typed, so that each format writes them right: a CSV for French spreadsheets
 * (decimal comma, dd/mm/yyyy) and an XLSX whose cells are numbers and dates (docs/exports.md).
 * - `montant`: integer cents (money is never a float inside the platform), written in euros;
 * - `date`: `YYYY-MM-DD`; `dateHeure`: an ISO 8601 instant, shown in Paris time;
 * - `liste`: strings joined with ", ".
 */
export type TypeColonne = 'texte' | 'entier' | 'nombre' | 'montant' | 'date' | 'dateHeure' | 'booleen' | 'liste';

export interface Colonne<R> {
  /** What a caller names in `columns=` (French domain word, no accent). */
  id: string;
  /** The header a spreadsheet user reads (accents kept). */
  libelle: string;
  type: TypeColonne;
  /** In the default set when the caller names no column. */
  parDefaut?: boolean;
  description?: string;
  valeur(row: R): unknown;
}

/** The columns an export offers, in their default order. */
export type CatalogueColonnes<R> = ReadonlyArray<Colonne<R>>;

/** Most columns a caller may name: more than any catalogue holds, fewer than a hostile list. */
export const COLONNES_MAX = 100;

/**
 * The columns the caller named, in its order, or the default set. An unknown or repeated id is refused with
 * VALIDATION_FAILED on `columns`, naming the known ids, so that a typo never exports a silently different file.
 */
export function choisirColonnes<R>(catalogue: CatalogueColonnes<R>, demandees: readonly string[] | undefined): Array<Colonne<R>> {
  if (demandees === undefined) return catalogue.filter((colonne) => colonne.parDefaut);
  if (demandees.length === 0)
    throw new ApiError('VALIDATION_FAILED', 'columns is empty: name at least one column, or leave it out for the default set', { field: 'columns' });
  if (demandees.length > COLONNES_MAX) throw new ApiError('VALIDATION_FAILED', `columns names more than ${COLONNES_MAX} columns`, { field: 'columns' });
  const parId = new Map(catalogue.map((colonne) => [colonne.id, colonne]));
  const inconnues = demandees.filter((id) => !parId.has(id));
  if (inconnues.length > 0) {
    throw new ApiError('VALIDATION_FAILED', `unknown column${inconnues.length > 1 ? 's' : ''} ${inconnues.map((id) => `"${id.slice(0, 60)}"`).join(', ')}`, {
      field: 'columns',
      unknown: inconnues.map((id) => id.slice(0, 60)),
      known: catalogue.map((colonne) => colonne.id),
    });
  }
  const doublons = demandees.filter((id, index) => demandees.indexOf(id) !== index);
  if (doublons.length > 0) throw new ApiError('VALIDATION_FAILED', `column "${doublons[0]}" is named twice`, { field: 'columns' });
  return demandees.map((id) => parId.get(id) as Colonne<R>);
}

/** The catalogue as the API documents it (`GET /exports`). */
export function decrireColonnes<R>(catalogue: CatalogueColonnes<R>) {
  return catalogue.map(({ id, libelle, type, parDefaut, description }) => ({
    id,
    libelle,
    type,
    parDefaut: parDefaut ?? false,
    ...(description ? { description } : {}),
  }));
}
