import { Inject, Injectable, Optional } from '@nestjs/common';
import { CommandHandler, isRefusal, type Actor, type EventStore, readStreamOrEmpty } from '@cdv/eventsourcing';
import { qpvDecider, type GenerationQpv, type QpvDeclare, type CodeQpvAttribue, type QpvState } from '@cdv/domain-territoire';
import { EVENT_STORE, ReadModelsService } from '@cdv/platform';
import type { ErreurLigne } from './qpv-csv.parser';
import { qpvCsvToCommands, type ImportCommand } from './qpv-csv-to-commands';

export interface ImportQpvRequest {
  tenantId: string;
  /** SIREN of the tenant's EPCI: only its rows are imported. */
  siren: string;
  csv: string;
  /** File name: provenance of every event and part of the commandIds (the same file imported again appends nothing). */
  document: string;
  /** Rows of another generation are errors. */
  generation?: GenerationQpv;
  /** Decide every command against the current state, write nothing. */
  dryRun?: boolean;
  actor?: Actor;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface RefusImport {
  stream: string;
  type: string;
  ligne: string | null;
  code: string;
  message: string;
}

export interface ImportQpvReport {
  /** Rows of the file that could not be read or mapped, by line. */
  erreurs: ErreurLigne[];
  /** Rows of other EPCIs. */
  ignorees: number;
  /** Codes of the tenant's rows that were known already (never rewritten). */
  dejaConnus: string[];
  /** QPV declared and successor links recorded (or that would be, in a dry run). */
  declarations: number;
  remplacements: number;
  /** Commands the deciders refused (the rest went through). */
  refus: RefusImport[];
  /** Events appended (in a dry run: that would be appended). */
  evenements: number;
  dryRun: boolean;
  lastPosition: number;
}

/**
 * Loads the national QPV list (ANCT CSV) into a tenant: the pure mapping (qpvCsvToCommands) decides what to
 * declare and link; this runs it through the command handler, or only decides it (dry run). Works on the event
 * store alone, so the CLI can run it without the API.
 */
@Injectable()
export class QpvImporter {
  constructor(
    private readonly handler: CommandHandler,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Optional() private readonly readModels?: ReadModelsService,
  ) {}

  /** The tenant's quartiers by every code they carry, from the event store (the read model may not run here). */
  async connus(tenantId: string): Promise<Record<string, { qpvId: string }>> {
    const events = await this.store.readAll({ tenant: tenantId, eventTypes: ['QpvDeclare', 'CodeQpvAttribue'] });
    const connus: Record<string, { qpvId: string }> = {};
    for (const event of events) {
      const data = event.data as QpvDeclare['data'] | CodeQpvAttribue['data'];
      if (data.code) connus[data.code] = { qpvId: data.qpvId };
    }
    return connus;
  }

  async importer(request: ImportQpvRequest): Promise<ImportQpvReport> {
    const mapping = qpvCsvToCommands(request.csv, {
      tenantId: request.tenantId,
      siren: request.siren,
      document: request.document,
      connus: await this.connus(request.tenantId),
      ...(request.generation ? { generation: request.generation } : {}),
      ...(request.actor ? { actor: request.actor } : {}),
      now: new Date().toISOString(),
    });
    const report: ImportQpvReport = {
      erreurs: mapping.erreurs,
      ignorees: mapping.ignorees,
      dejaConnus: mapping.dejaConnus,
      declarations: mapping.commandes.filter((c) => c.command.type === 'DeclarerQpv').length,
      remplacements: mapping.commandes.filter((c) => c.command.type === 'RemplacerQpv').length,
      refus: [],
      evenements: 0,
      dryRun: request.dryRun ?? false,
      lastPosition: 0,
    };
    const total = mapping.commandes.length;
    const simulation = new Map<string, QpvState>();
    for (const [index, { stream, command }] of mapping.commandes.entries()) {
      if (report.dryRun) await this.simuler(stream, command, simulation, report);
      else await this.executer(stream, command, report);
      request.onProgress?.({ done: index + 1, total });
    }
    if (!report.dryRun && report.lastPosition > 0) await this.readModels?.afterWrite(report.lastPosition);
    return report;
  }

  private async executer(stream: string, command: ImportCommand['command'], report: ImportQpvReport): Promise<void> {
    const result = await this.handler.handle(qpvDecider, { stream, command });
    if (!result.ok) {
      report.refus.push(refus(stream, command, result.refusal.code, result.refusal.message));
      return;
    }
    if (!result.replayed) report.evenements += result.events.length;
    report.lastPosition = Math.max(report.lastPosition, result.lastPosition);
  }

  /** Decides on the current state folded in memory, carrying the simulated events over to later commands of the file. */
  private async simuler(stream: string, command: ImportCommand['command'], etats: Map<string, QpvState>, report: ImportQpvReport): Promise<void> {
    if (await this.dejaTraite(stream, command.metadata.commandId)) return;
    const state = etats.get(stream) ?? (await this.handler.load(qpvDecider, stream)).state;
    const decision = qpvDecider.decide(command, state);
    if (isRefusal(decision)) {
      report.refus.push(refus(stream, command, decision.code, decision.message));
      return;
    }
    etats.set(stream, decision.reduce(qpvDecider.evolve, state));
    report.evenements += decision.length;
  }

  private async dejaTraite(stream: string, commandId: string | undefined): Promise<boolean> {
    return !!commandId && (await readStreamOrEmpty(this.store, stream)).some((event) => event.metadata.commandId === commandId);
  }
}

function refus(stream: string, command: ImportCommand['command'], code: string, message: string): RefusImport {
  return { stream, type: command.type, ligne: command.metadata.provenance?.lines ?? null, code, message };
}
