import { Inject, Injectable } from '@nestjs/common';
import { CommandHandler, StreamNotFound, type Actor, type EventStore, type Refusal } from '@cdv/eventsourcing';
import type { DossierCommand, RegleFinancement, Tag } from '@cdv/domain-programmation';
import { EVENT_STORE } from '@cdv/platform';
import { reglesDecider, reglesStream } from '../regles/regles-financement.decider';
import { executerCommandes, type CommandePlanifiee } from './executer-commandes';
import { COLONNES, type Colonne } from './colonnes';
import { importerProgrammation } from './import-programmation';
import type { ImportCommand, ImportProgrammationResult } from './import-programmation.types';
import { lireContexteImport } from './referentiel-import';
import { lireTableau, type TableauLu } from './tableur';

export interface ImportFichier {
  tenantId: string;
  /** The file's name as the operator knows it (provenance of every event, default actor). */
  fileName: string;
  bytes: Uint8Array;
  /** XLSX: the sheet to read (default: the first). */
  feuille?: string;
  /** Default: `{ userId: 'import:<file name>', role: 'system' }`. */
  actor?: Actor;
  anneeParDefaut?: number;
  /** Financing rules passed to the deciders on every amount; default: the tenant's rules in force. */
  regles?: RegleFinancement[];
  /** Server clock (default: now). */
  now?: string;
}

export interface ImportProgress {
  rowsDone: number;
  rowsTotal: number;
  commandsDone: number;
  commandsTotal: number;
  appended: number;
  elapsedMs: number;
}

/** The first command the deciders refused, said in the file's terms. */
export interface RefusImport {
  row: number;
  reference: string;
  dossierId: string;
  commande: DossierCommand['type'];
  column: string | null;
  code: Refusal['code'];
  message: string;
  /** What to change so that running the import again goes through. */
  conseil: string;
}

export interface RapportImport {
  tableau: Pick<TableauLu, 'format' | 'feuille' | 'feuilles'>;
  /** The mapping of the file: errors and warnings per row; no command in a dry run or when there is an error. */
  analyse: ImportProgrammationResult;
  /**
   * Dry run of a file without error: the commands it maps to, and how many of them the workspace recorded already
   * (an import of the same file again: every one; nothing new to write).
   */
  simulation: { commands: number; alreadyRecorded: number } | null;
  /** Apply only: what was written (`lastPosition`: the global position of the last event appended, 0 when none). */
  ecriture: { commands: number; appended: number; replayed: number; refus: RefusImport | null; lastPosition: number } | null;
}

/**
 * Imports a programmation spreadsheet (XLSX or CSV) into a tenant: reads the file, maps it against the tenant's
 * référentiel and appels (`importerProgrammation`), and — unless it is a dry run or the file has errors — runs the
 * commands through the command handler, the deciders of the API. Stops at the first refusal; what was written
 * stays, and running the same (or the corrected) file again skips it: commandIds derive from the facts.
 */
@Injectable()
export class ProgrammationImporter {
  constructor(
    private readonly handler: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async importer(input: ImportFichier, options: { dryRun?: boolean; onProgress?: (progress: ImportProgress) => void } = {}): Promise<RapportImport> {
    const tableau = await lireTableau(input.fileName, input.bytes, { ...(input.feuille ? { feuille: input.feuille } : {}) });
    const { referentiel, appels } = await lireContexteImport(this.store, input.tenantId);
    const regles = input.regles ?? (await this.handler.load(reglesDecider, reglesStream(input.tenantId))).state.regles;
    // Mapped as for applying, also in a dry run: its commands say what the workspace holds already.
    const mapping = importerProgrammation({
      tenantId: input.tenantId,
      fileName: input.fileName,
      rows: tableau.rows,
      rowNumbers: tableau.lines,
      mode: 'apply',
      referentiel: { ...referentiel, dispositifs: [...(referentiel.dispositifs ?? []), ...dispositifsDesRegles(regles)] },
      appels,
      actor: input.actor ?? { userId: `import:${input.fileName}`, role: 'system' },
      now: input.now ?? new Date().toISOString(),
      ...(input.anneeParDefaut !== undefined ? { anneeParDefaut: input.anneeParDefaut } : {}),
      regles,
    });
    const resume = { format: tableau.format, ...(tableau.feuille ? { feuille: tableau.feuille, feuilles: tableau.feuilles } : {}) };
    if (options.dryRun) {
      const analyse: ImportProgrammationResult = { ...mapping, mode: 'dry-run', commands: [] };
      const simulation = mapping.errors.length ? null : { commands: mapping.commands.length, alreadyRecorded: await this.dejaEnregistrees(mapping.commands) };
      return { tableau: resume, analyse, simulation, ecriture: null };
    }
    if (mapping.errors.length > 0) return { tableau: resume, analyse: mapping, simulation: null, ecriture: null };
    return { tableau: resume, analyse: mapping, simulation: null, ecriture: await this.ecrire(mapping.commands, regles, options.onProgress) };
  }

  /** Commands whose commandId their stream holds already: one read per dossier. */
  private async dejaEnregistrees(commands: readonly ImportCommand[]): Promise<number> {
    const enregistres = new Map<string, Set<string>>();
    let count = 0;
    for (const { stream, command } of commands) {
      let ids = enregistres.get(stream);
      if (!ids) {
        ids = new Set(await this.commandIds(stream));
        enregistres.set(stream, ids);
      }
      if (command.metadata.commandId && ids.has(command.metadata.commandId)) count += 1;
    }
    return count;
  }

  private async commandIds(stream: string): Promise<string[]> {
    try {
      return (await this.store.readStream(stream)).flatMap((event) => (event.metadata.commandId ? [event.metadata.commandId] : []));
    } catch (error) {
      if (error instanceof StreamNotFound) return [];
      throw error;
    }
  }

  private async ecrire(
    commands: readonly ImportCommand[],
    regles: RegleFinancement[],
    onProgress?: (progress: ImportProgress) => void,
  ): Promise<NonNullable<RapportImport['ecriture']>> {
    const started = Date.now();
    // Rows count as done when their dossier's last command is through.
    const rowsOf = new Map<string, Set<number>>();
    for (const { stream, row } of commands) rowsOf.set(stream, (rowsOf.get(stream) ?? new Set()).add(row));
    const lastIndex = new Map(commands.map((c, index) => [c.stream, index]));
    const rowsTotal = [...rowsOf.values()].reduce((sum, rows) => sum + rows.size, 0);
    let rowsDone = 0;
    const planned: CommandePlanifiee[] = commands.map(({ stream, command }) => ({ aggregate: 'dossier', stream, command }));
    const result = await executerCommandes(this.handler, planned, {
      regles,
      onCommand: (progress) => {
        const index = progress.done - 1;
        if (lastIndex.get(commands[index].stream) === index) rowsDone += rowsOf.get(commands[index].stream)?.size ?? 0;
        onProgress?.({
          rowsDone,
          rowsTotal,
          commandsDone: progress.done,
          commandsTotal: progress.total,
          appended: progress.appended,
          elapsedMs: Date.now() - started,
        });
      },
    });
    const refus = result.refus ? refusImport(commands, result.refus.index, result.refus.refusal) : null;
    return { commands: commands.length, appended: result.appended, replayed: result.replayed, refus, lastPosition: result.lastPosition };
  }
}

/** The rules name dispositifs by id only: ids the file's labels may match. */
function dispositifsDesRegles(regles: readonly RegleFinancement[]): Tag[] {
  const ids = new Set(regles.flatMap((regle) => [...(regle.cible.dispositifs ?? []), ...(regle.type === 'egal_a' ? (regle.reference.dispositifs ?? []) : [])]));
  return [...ids].map((id) => ({ id, libelle: id }));
}

function refusImport(commands: readonly ImportCommand[], index: number, refusal: Refusal): RefusImport {
  const { stream, command, row } = commands[index];
  const depot = commands.find((c) => c.stream === stream && c.command.type === 'DeposerDossier')?.command;
  const reference = depot?.type === 'DeposerDossier' ? (depot.data.referenceExterne ?? command.data.dossierId) : command.data.dossierId;
  const colonne = colonneDe(command.type, String(refusal.details.field ?? ''));
  return {
    row,
    reference,
    dossierId: command.data.dossierId,
    commande: command.type,
    column: colonne ? COLONNES[colonne].libelle : null,
    code: refusal.code,
    message: refusal.message,
    conseil: conseil(command.type, refusal, reference, colonne),
  };
}

/** The column a refused field comes from, so that the message points into the spreadsheet. */
function colonneDe(type: DossierCommand['type'], field: string): Colonne | null {
  const racine = field.split(/[.[]/)[0];
  if (racine === 'montant') return type === 'VoterFinancement' ? 'montant_vote' : type === 'ProposerFinancement' ? 'montant_propose' : 'montant_demande';
  const colonnes: Record<string, Colonne> = {
    titre: 'titre',
    description: 'description',
    coutTotal: 'cout_total',
    perimetre: 'communes',
    qpv: 'qpv',
    publics: 'publics',
    classement: 'pilier',
    dateDebut: 'date_debut',
    dateFin: 'date_fin',
    porteur: 'porteur',
    annee: 'annee',
    nombreActions: 'nombre_actions',
    serie: 'serie',
    financeur: 'financeur',
    nature: 'nature',
    dispositif: 'dispositif',
    reason: type === 'DeposerDossier' ? 'date_depot' : 'decision',
  };
  return colonnes[racine] ?? null;
}

function conseil(type: DossierCommand['type'], refusal: Refusal, reference: string, colonne: Colonne | null): string {
  const enColonne = colonne ? ` in column « ${COLONNES[colonne].libelle} »` : '';
  switch (refusal.code) {
    case 'VALIDATION_FAILED':
      return `correct the value${enColonne} of dossier ${reference}, then run the import again: what is imported already is skipped`;
    case 'CONFLICT':
      return type === 'DeposerDossier'
        ? `dossier ${reference} is recorded already with other values (an earlier version of the file, or the application): make its rows say what is recorded, or correct the dossier in the application and remove its rows`
        : `dossier ${reference} already holds this decision or line with other values: correct it in the application (CorrigerMontant for a voted amount) and remove the row`;
    case 'NOT_FOUND':
      return refusal.details.what === 'AppelAProjets'
        ? `open the appel à projets ${String(refusal.details.id)} first, then run the import again`
        : `the file refers to something the tenant does not have (${refusal.message}): add it to the référentiel, then run the import again`;
    case 'INVALID_TRANSITION':
      return `dossier ${reference} is not in a state that allows ${type}: check its rows' « Décision » and amounts against what is recorded (its history), then run the import again`;
    case 'FORBIDDEN':
      return 'the importing user may not do this: import as an agent or admin of the workspace';
  }
}
