import type { Writable } from 'node:stream';
import { ApiError } from '@cdv/graphql-common';
import type { ReadModels } from '@cdv/read-store';
import { COLONNES_MAX } from './colonnes';
import type { ContexteExport, DefinitionExport, Demandeur, ExportPrepare, FormatExport } from './definition';
import { ecrireCsv } from './formats/csv';
import type { OptionsEcriture } from './formats/tableau';
import { ecrireXlsx } from './formats/xlsx';
import { RequeteExport, type Query } from './requete';

/** When to read, as the GraphQL queries take it (`asOf` or `asOfPosition`). */
export interface PointDeLecture {
  asOf?: string;
  asOfPosition?: number;
}

/** Opens the tenant's read models at a point: `ReadModelsService.at` in the apps, an as-of rebuild in the CLI. */
export type OuvrirLecture = (point: PointDeLecture) => Promise<ReadModels & { position?: number }>;

export const TYPES_DE_CONTENU: Record<FormatExport, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** An export checked and ready: its file name and content type are known; `ecrire` streams it. */
export interface ExportPret {
  nomFichier: string;
  typeDeContenu: string;
  total?: number;
  /** Writes the file to the output (ends it) and returns the rows written. */
  ecrire(sortie: Writable, onProgress?: (lignes: number) => void): Promise<number>;
}

/**
 * Everything an export checks before writing: the common parameters (`asOf`/`asOfPosition`, `columns`,
 * `dates`, `entetes`), the export's own (`lire`, then no unknown parameter), the read point, the columns and the
 * tables. Shared by the HTTP endpoint and the CLI, so both refuse the same requests with the same codes.
 */
export async function preparerExport(
  definition: DefinitionExport,
  format: FormatExport,
  query: Query,
  demandeur: Demandeur,
  ouvrir: OuvrirLecture,
): Promise<ExportPret> {
  const requete = new RequeteExport(query);
  const asOf = requete.instant('asOf');
  const asOfPosition = requete.entier('asOfPosition', { min: 0, max: Number.MAX_SAFE_INTEGER });
  if (asOf !== undefined && asOfPosition !== undefined) throw new ApiError('VALIDATION_FAILED', 'give asOf or asOfPosition, not both', { field: 'asOf' });
  const colonnes = requete.liste('columns', { max: COLONNES_MAX });
  const options: OptionsEcriture = {
    dates: requete.choix('dates', ['fr', 'iso'] as const) ?? 'fr',
    entetes: requete.choix('entetes', ['libelles', 'ids'] as const) ?? 'libelles',
  };
  const parametres = definition.lire(requete, demandeur);
  requete.terminer();

  const readModels = await ouvrir({ ...(asOf !== undefined ? { asOf } : {}), ...(asOfPosition !== undefined ? { asOfPosition } : {}) });
  const position = readModels.position ?? asOfPosition ?? null;
  const contexte: ContexteExport = { ...demandeur, readModels, asOf: asOf ?? null, position };
  const prepare = await definition.preparer(parametres, contexte, colonnes, format);
  const tableaux = prepare.tableaux;
  if (format === 'csv' && tableaux.length !== 1) {
    throw new ApiError('VALIDATION_FAILED', `a CSV file holds one table: choose it with tableau= (${tableaux.map((t) => t.nom).join(', ')}), or ask for xlsx`, {
      field: 'tableau',
    });
  }
  const point = asOf !== undefined ? `-au-${asOf.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}` : asOfPosition !== undefined ? `-position-${asOfPosition}` : '';
  return {
    // ids may hold ':' or '.': the name keeps letters, digits, '-' and '_' only
    nomFichier: `${demandeur.tenantId}-${prepare.nomFichier}${point}`.replace(/[^A-Za-z0-9_-]+/g, '-') + `.${format}`,
    typeDeContenu: TYPES_DE_CONTENU[format],
    ...(prepare.total !== undefined ? { total: prepare.total } : {}),
    ecrire: async (sortie, onProgress) => {
      const avecProgression = { ...options, ...(onProgress ? { onProgress } : {}) };
      if (format === 'csv') {
        const lignes = await ecrireCsv(tableaux[0], sortie, avecProgression);
        await new Promise<void>((resolve, reject) => sortie.end((error?: Error | null) => (error ? reject(error) : resolve())));
        return lignes;
      }
      return ecrireXlsx(tableaux as never, sortie, { ...avecProgression, parametres: parametresDuFichier(definition, demandeur, contexte, prepare) });
    },
  };
}

function parametresDuFichier(definition: DefinitionExport, demandeur: Demandeur, contexte: ContexteExport, prepare: ExportPrepare): Array<[string, string]> {
  return [
    ['Export', `${definition.titre} (${definition.nom})`],
    ['Espace de travail', demandeur.tenantId],
    ['Vu par', demandeur.porteurId ? `${demandeur.role} (${demandeur.porteurId})` : demandeur.role],
    ['État au', contexte.asOf ?? (contexte.position !== null ? `position ${contexte.position}` : 'maintenant')],
    ...(contexte.position !== null ? ([['Position dans le journal', String(contexte.position)]] as Array<[string, string]>) : []),
    ['Produit le', new Date().toISOString()],
    ['Requête GraphQL équivalente', definition.miroir],
    ...prepare.parametres,
  ];
}
