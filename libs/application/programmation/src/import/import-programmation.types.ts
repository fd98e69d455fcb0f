import type { Actor, Cents } from '@cdv/eventsourcing';
import type {
  AppelLu,
  CommuneRef,
  DossierCommand,
  FinanceurCategorie,
  ModaliteFinancement,
  NatureFinancement,
  PorteurKind,
  QpvRef,
  RegleFinancement,
  Tag,
} from '@cdv/domain-programmation';

// The shapes of the spreadsheet import (import-programmation.ts): its input, its problems, its result.

export interface QpvConnu extends QpvRef {
  aliases?: string[];
}

export interface CommuneConnue extends CommuneRef {
  aliases?: string[];
}

export interface PartenaireConnu {
  id: string;
  nom: string;
  siret?: string;
  aliases?: string[];
  /** As a porteur. */
  kind: PorteurKind;
  /** False when the référentiel says it carries no action (a financeur only): refused as a porteur. */
  porteur?: boolean;
  /** As a financeur; when absent the row must give the category. */
  categorieFinanceur?: FinanceurCategorie;
}

export interface ReferentielImport {
  qpv: readonly QpvConnu[];
  partenaires: readonly PartenaireConnu[];
  /** Communes of the territory; needed to read commune names (INSEE codes are read without it). */
  communes?: readonly CommuneConnue[];
  /** Communes of the territory the référentiel knows by name only: a dossier needs their INSEE code. */
  communesSansCodeInsee?: readonly string[];
  /**
   * Dispositifs the tenant knows (its rules target them by id): a cell naming one by id or label takes its id, so
   * that « Fonds de Cohésion Sociale » meets the rules of `fonds-cohesion-sociale`; other labels become free tags.
   */
  dispositifs?: readonly Tag[];
  /** Cadre stratégique nodes by dimension; a label not found in a given list is an error, without a list it is kept as a free tag. */
  classement?: Partial<Record<'pilier' | 'orientation' | 'objectif' | 'priorite' | 'sousPriorite' | 'thematique', readonly Tag[]>>;
}

export interface ImportProgrammationInput {
  tenantId: string;
  fileName: string;
  /** Cells as read from the file. The header is the first row naming known columns; title rows above it are skipped. */
  rows: readonly (readonly string[])[];
  /** The file's line (CSV) or row (XLSX) number of each entry of `rows`; default: its index + 1. */
  rowNumbers?: readonly number[];
  /**
   * Identity of the import, in every commandId. Default: sha256 of the cells, so that the same table saved again
   * (an XLSX's bytes change on every save) or exported to CSV is the same import and appends nothing twice.
   */
  fileHash?: string;
  mode: 'dry-run' | 'apply';
  referentiel: ReferentielImport;
  /** The state of each year's appel, as the application read it (see AppelLu). */
  appels: Readonly<Record<number, AppelLu>>;
  actor: Actor;
  now: string;
  /** Year of rows without an « Année » column or cell. */
  anneeParDefaut?: number;
  /** The tenant's financing rules, passed on to the amount commands. */
  regles?: RegleFinancement[];
}

export type CodeErreurImport =
  | 'MISSING_COLUMN'
  | 'MISSING_VALUE'
  | 'AMOUNT_INVALID'
  | 'AMOUNT_AMBIGUOUS'
  | 'DATE_INVALID'
  | 'YEAR_INVALID'
  | 'PORTEUR_MISSING'
  | 'PORTEUR_UNKNOWN'
  | 'PORTEUR_NOT_PORTEUR'
  | 'FINANCEUR_UNKNOWN'
  | 'FINANCEUR_CATEGORY_MISSING'
  | 'NATURE_UNKNOWN'
  | 'QPV_UNKNOWN'
  | 'COMMUNE_UNKNOWN'
  | 'CLASSEMENT_UNKNOWN'
  | 'DECISION_UNKNOWN'
  | 'DECISION_INCONSISTENT'
  | 'INCONSISTENT_DOSSIER'
  | 'DUPLICATE_LINE'
  | 'SUM_EXCEEDS_COST'
  | 'APPEL_UNKNOWN'
  | 'UNKNOWN_COLUMN'
  | 'AMOUNT_READ_AS_THOUSANDS'
  | 'DEFAULT_DATES'
  | 'NO_PERIMETRE';

export interface ProblemeImport {
  /** 1-based line (CSV) or row (XLSX) in the file, as the operator sees it. */
  row: number;
  column?: string;
  code: CodeErreurImport;
  message: string;
  value?: string;
}

export interface ImportCommand {
  stream: string;
  command: DossierCommand;
  /** The file line the command comes from. */
  row: number;
}

export interface ImportProgrammationResult {
  mode: 'dry-run' | 'apply';
  fileHash: string;
  rows: number;
  dossiers: number;
  errors: ProblemeImport[];
  warnings: ProblemeImport[];
  /** Empty in a dry run and whenever there is an error: a file is imported whole or not at all. */
  commands: ImportCommand[];
}

export type DecisionImport = 'retenu' | 'non_retenu' | 'ajourne' | 'abandonne';

export interface LigneLue {
  row: number;
  financeur: { id: string; nom: string; categorie: FinanceurCategorie };
  nature: NatureFinancement;
  modalite: ModaliteFinancement;
  dispositif?: Tag;
  demande: Cents;
  propose?: Cents;
  vote?: Cents;
}

/** A row of the file: its line number as the operator sees it, and its cells. */
export interface LigneDuFichier {
  row: number;
  cells: readonly string[];
}
