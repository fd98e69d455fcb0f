import type { UserRole } from '@cdv/auth';
import type { ReadModels } from '@cdv/read-store';
import type { CatalogueColonnes } from './colonnes';
import type { Tableau } from './formats/tableau';
import type { RequeteExport } from './requete';

/** Who asks and what they may see: built from the verified token (HTTP) or the operator's command (CLI). */
export interface ContexteExport {
  tenantId: string;
  role: UserRole;
  /** A porteur's organisation: the export holds only its dossiers, without the instruction's internal notes. */
  porteurId: string | null;
  /** The read models at the asked point: now, `asOf` or `asOfPosition` (the same as the GraphQL queries). */
  readModels: ReadModels;
  /** The instant asked, when given: reads that are not read models (the journal) stop there too. */
  asOf: string | null;
  /** Global position the read models stand at, when known (as-of reads). */
  position: number | null;
}

/** A parameter of an export, as `GET /exports` documents it. */
export interface ParametreExport {
  nom: string;
  description: string;
  /** Values allowed, when a closed list. */
  valeurs?: readonly string[];
}

/** What an export produced: its tables, and what the file name and the « Paramètres » sheet say about it. */
export interface ExportPrepare {
  tableaux: Tableau[];
  /** File name without extension (`dossiers-2019`); the tenant and the instant are added. */
  nomFichier: string;
  /** Label → value, for the XLSX « Paramètres » sheet. */
  parametres: Array<[string, string]>;
  /** Rows expected, when cheaply known (progress). */
  total?: number;
}

/** Who asks, before the read models are opened: enough to check the parameters (a porteur's own dossiers). */
export type Demandeur = Pick<ContexteExport, 'tenantId' | 'role' | 'porteurId'>;

/**
 * One kind of export (`/exports/{nom}.{csv|xlsx}`): the GraphQL query it mirrors, the same roles, its own
 * parameters and its column catalogues. Parameters are read and checked first (`lire`), then `preparer` chooses
 * the columns and builds the tables, all before a byte is sent, so that a refusal is a clear error; the rows are
 * read from the store only as the file is written.
 */
export interface DefinitionExport<P = unknown> {
  nom: string;
  titre: string;
  description: string;
  /** The GraphQL query (and arguments) this export mirrors. */
  miroir: string;
  /** The mirrored query's @Permit. */
  roles: readonly UserRole[];
  parametres: readonly ParametreExport[];
  /** Column catalogues by table (one table for most exports). */
  catalogues: Readonly<Record<string, CatalogueColonnes<never>>>;
  /** True when the export has several tables: CSV then needs one chosen (`tableau=`). */
  plusieursTableaux?: boolean;
  /** Reads the export's own parameters from the query (every one it knows: the rest is refused). */
  lire(requete: RequeteExport, demandeur: Demandeur): P;
  preparer(parametres: P, contexte: ContexteExport, colonnes: readonly string[] | undefined, format: FormatExport): Promise<ExportPrepare>;
}

export const FORMATS_EXPORT = ['csv', 'xlsx'] as const;
export type FormatExport = (typeof FORMATS_EXPORT)[number];
