import { Injectable } from '@nestjs/common';
import { CommandHandler, isRefusal, type CommandMetadata, type RecordedEvent, type Refusal } from '@cdv/eventsourcing';
import {
  COMITE_EVENT_TYPES,
  CONVENTION_EVENT_TYPES,
  dossierCommandsFor,
  dossierDecider,
  type DossierCommand,
  type DossierState,
} from '@cdv/domain-programmation';
import { ApiError } from '@cdv/graphql-common';
import { Decisions, JsonLogger } from '@cdv/platform';
import { ContexteProgrammation } from '../shared/contexte.service';
import type { EffetSurDossier } from '../shared/programmation.types';

/** Events of other aggregates that move dossiers (ADR 0004 « Comité → dossiers, convention → dossiers »). */
export const REACTION_EVENT_TYPES: readonly string[] = [...COMITE_EVENT_TYPES, ...CONVENTION_EVENT_TYPES];

/**
 * The process manager of the programmation: applies to each dossier the commands a comité or convention event
 * calls for (`dossierCommandsFor`). Used synchronously by the mutations (the client reads consistent dossiers at
 * once) and by the catch-up reactor (a crash between the two appends heals at the next start). Both are safe
 * together: derived commandIds make a second dispatch a replay that appends nothing.
 */
@Injectable()
export class DossierReactions {
  constructor(
    private readonly decisions: Decisions,
    private readonly handler: CommandHandler,
    private readonly contexte: ContexteProgrammation,
    private readonly logger: JsonLogger,
  ) {}

  /**
   * Applies the dossier commands of `events`, in order; a refusal is reported and logged, never thrown. Returns
   * the effects and the last position written (for read-your-writes).
   */
  async appliquer(events: readonly RecordedEvent[]): Promise<{ effets: EffetSurDossier[]; position: number }> {
    const effets: EffetSurDossier[] = [];
    let position = 0;
    for (const event of events) {
      if (!REACTION_EVENT_TYPES.includes(event.type)) continue;
      const regles = event.type === 'ProgrammationArretee' ? await this.contexte.regles(event.metadata.tenantId) : [];
      for (const { stream, command } of dossierCommandsFor(event, { regles, now: new Date().toISOString() })) {
        const result = await this.decisions.decider({ decider: dossierDecider, stream, command });
        if (result.ok) {
          position = Math.max(position, result.lastPosition);
          effets.push({
            dossierId: command.data.dossierId,
            commande: command.type,
            ok: true,
            replayed: result.replayed,
            revision: result.nextExpectedRevision,
            code: null,
            message: null,
          });
        } else {
          // A derived command the dossier refuses is an alert for the EPCI's staff, not a silent loss (ADR 0004).
          this.logger.event('warn', 'a dossier refused a command derived from a comité or convention', {
            cause: event.id,
            causeType: event.type,
            dossierId: command.data.dossierId,
            command: command.type,
            code: result.refusal.code,
            refusal: result.refusal.message,
          });
          effets.push({
            dossierId: command.data.dossierId,
            commande: command.type,
            ok: false,
            replayed: false,
            revision: result.currentRevision,
            code: result.refusal.code,
            message: result.refusal.message,
          });
        }
      }
    }
    return { effets, position };
  }

  /**
   * Dry run before a comité or convention command is recorded: derives the dossier commands its event would call
   * for and decides each against the dossier's current state (pure deciders, nothing written). The first refusal
   * is thrown with the input field it comes from, so the decision is not recorded half-applicable.
   */
  async verifier(metadata: CommandMetadata, event: { type: string; stream: string; data: unknown }, champ: (dossierId: string) => string): Promise<void> {
    for (const effet of await this.simuler(metadata, event)) {
      if (effet.refus) {
        const { refus, command } = effet;
        const field = champ(command.data.dossierId);
        throw new ApiError(refus.code, `${field} (dossier ${command.data.dossierId}, ${command.type}): ${refus.message}`, {
          ...refus.details,
          field,
          dossierId: command.data.dossierId,
          command: command.type,
          ...(refus.details.field ? { dossierField: refus.details.field } : {}),
        });
      }
    }
  }

  /**
   * What the event would do to each dossier, in order, decided against the dossiers' current states (a refused
   * command leaves its dossier as it was for the next ones). Nothing is written: the comité screen shows it before
   * the agent confirms (`arreterProgrammation` with `simulation: true`).
   */
  async simuler(
    metadata: CommandMetadata,
    event: { type: string; stream: string; data: unknown },
  ): Promise<Array<{ command: DossierCommand; revision: number; refus: Refusal | null }>> {
    const now = metadata.now;
    const simulated: RecordedEvent = {
      id: 'verification',
      type: event.type,
      schemaVersion: 1,
      stream: event.stream,
      revision: 0,
      position: 0,
      data: event.data,
      metadata: { ...withoutNow(metadata), recordedAt: now, prevHash: null, hash: '' },
    };
    const regles = event.type === 'ProgrammationArretee' ? await this.contexte.regles(metadata.tenantId) : [];
    const states = new Map<string, { state: DossierState; revision: number }>();
    const effets: Array<{ command: DossierCommand; revision: number; refus: Refusal | null }> = [];
    for (const { stream, command } of dossierCommandsFor(simulated, { regles, now })) {
      const current = states.get(stream) ?? (await this.handler.load(dossierDecider, stream));
      const decision = dossierDecider.decide(command as DossierCommand, current.state);
      if (isRefusal(decision)) {
        effets.push({ command: command as DossierCommand, revision: current.revision, refus: decision });
        continue;
      }
      const next = {
        state: decision.reduce((state, event) => dossierDecider.evolve(state, event), current.state),
        revision: current.revision + decision.length,
      };
      states.set(stream, next);
      effets.push({ command: command as DossierCommand, revision: next.revision, refus: null });
    }
    return effets;
  }
}

function withoutNow(metadata: CommandMetadata) {
  const { now: _now, ...context } = metadata;
  return context;
}
