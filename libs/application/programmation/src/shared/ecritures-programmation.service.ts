import { Inject, Injectable } from '@nestjs/common';
import { isRefusal, readStreamOrEmpty, type Command, type CommandMetadata, type DomainEvent, type EventStore } from '@cdv/eventsourcing';
import { appelDecider, appelStream, dossierDecider, dossierStream, type AppelCommand, type DossierCommand } from '@cdv/domain-programmation';
import { ApiError, refusalToError, type CommandInput, type CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions, EVENT_STORE, type DecisionRequest } from '@cdv/platform';
import { commandMetadataFor, type RequestContext } from '@cdv/tenancy';
import { DossierReactions } from '../reactions/dossier-reactions.service';
import { anneeValide } from './annee';
import type { CommandPayloadAvecEffets } from './programmation.types';

/**
 * What the programmation's use-case handlers share around the platform's `Decisions`: the metadata (a porteur
 * cannot backdate), the porteur's isolation (a porteur reaches only its organisation's dossiers), and the
 * comité/convention commands whose events move dossiers (dry run, then the reactions applied before answering).
 */
@Injectable()
export class EcrituresProgrammation {
  constructor(
    private readonly decisions: Decisions,
    private readonly reactions: DossierReactions,
    @Inject(EVENT_STORE) private readonly eventStore: EventStore,
  ) {}

  /**
   * The command's metadata. A porteur cannot date its acts in the past: `effectiveAt` moves the business date
   * that decides, for instance, whether a deposit is late.
   */
  metadata(context: RequestContext, input: CommandInput): CommandMetadata {
    if (context.role === 'porteur' && input.effectiveAt) {
      throw new ApiError('VALIDATION_FAILED', 'a porteur cannot set effectiveAt: its acts take the server date', { field: 'effectiveAt' });
    }
    return commandMetadataFor(context, input);
  }

  async appel(context: RequestContext, input: CommandInput, annee: number, command: AppelCommand): Promise<CommandPayload> {
    const stream = appelStream(context.tenantId, anneeValide('annee', annee));
    const result = await this.decisions.decider({ decider: appelDecider, stream, command, expectedRevision: input.expectedRevision });
    return this.decisions.reponse(stream, String(annee), result);
  }

  /** A command on an existing dossier; a porteur reaches only its organisation's dossiers (others are NOT_FOUND). */
  async dossier(context: RequestContext, input: CommandInput, dossierId: string, command: DossierCommand): Promise<CommandPayload> {
    const stream = dossierStream(context.tenantId, idValide('dossierId', dossierId));
    if (context.role === 'porteur') await this.exigerDossierDuPorteur(context, dossierId);
    const result = await this.decisions.decider({ decider: dossierDecider, stream, command, expectedRevision: input.expectedRevision });
    return this.decisions.reponse(stream, dossierId, result);
  }

  /** A new dossier (the decider checks that a porteur deposits for its own organisation). */
  async deposer(context: RequestContext, input: CommandInput, dossierId: string, command: DossierCommand): Promise<CommandPayload> {
    const stream = dossierStream(context.tenantId, dossierId);
    const result = await this.decisions.decider({ decider: dossierDecider, stream, command, expectedRevision: input.expectedRevision });
    return this.decisions.reponse(stream, dossierId, result);
  }

  /**
   * A comité or convention command whose event moves dossiers. First a dry run: the aggregate's own decision
   * (pure) and each dossier command it would cause, decided against the dossier's current state; the first
   * refusal is returned with its input field (`champ`), so that nothing half-applicable is recorded. Then the
   * command is recorded and its dossier commands applied at once (the catch-up reactor heals a crash in
   * between). Replaying the same commandId dispatches again: a no-op when the first run completed, its end
   * otherwise.
   */
  async avecEffets<C extends Command, E extends DomainEvent, S>(
    request: DecisionRequest<C, E, S>,
    id: string,
    champ: (dossierId: string) => string,
  ): Promise<CommandPayloadAvecEffets> {
    await this.verifier(request, champ);
    const result = await this.decisions.decider(request);
    if (!result.ok) throw refusalToError(result.refusal);
    // The reactions complete before the answer (the client reads consistent dossiers); @nestjs/cqrs's EventBus
    // cannot be awaited, so they are called here and the catch-up reactor heals a crash in between (ADR 0031).
    const { effets, position } = await this.reactions.appliquer(result.events);
    return { ...(await this.decisions.reponse(request.stream, id, result, position)), effets };
  }

  /**
   * The dry run of `avecEffets`, returned instead of thrown: the aggregate's own refusal is an error, each
   * dossier command's outcome is an effect (`ok: false` with the dossier's code and message). Nothing is written.
   */
  async simulerAvecEffets<C extends Command, E extends DomainEvent, S>(request: DecisionRequest<C, E, S>, id: string): Promise<CommandPayloadAvecEffets> {
    const { state, revision } = await this.decisions.charger(request.decider, request.stream);
    if (request.expectedRevision !== undefined && request.expectedRevision !== null && request.expectedRevision !== revision) {
      throw new ApiError('CONFLICT', `expected revision ${request.expectedRevision} but ${request.stream} is at ${revision}`, {
        currentRevision: revision,
        expectedRevision: request.expectedRevision,
      });
    }
    const decision = request.decider.decide(request.command, state);
    if (isRefusal(decision)) throw refusalToError(decision);
    const effets = [];
    for (const event of decision) {
      for (const effet of await this.reactions.simuler(request.command.metadata, { type: event.type, stream: request.stream, data: event.data })) {
        effets.push({
          dossierId: effet.command.data.dossierId,
          commande: effet.command.type,
          ok: effet.refus === null,
          replayed: false,
          revision: effet.revision,
          code: effet.refus?.code ?? null,
          message: effet.refus?.message ?? null,
        });
      }
    }
    const streamId = request.stream.slice(request.stream.indexOf(':') + 1);
    return { streamId, id, revision, position: 0, eventsAppended: 0, replayed: false, eventTypes: decision.map((event) => event.type), effets };
  }

  private async verifier<C extends Command, E extends DomainEvent, S>(request: DecisionRequest<C, E, S>, champ: (dossierId: string) => string): Promise<void> {
    const history = await readStreamOrEmpty(this.eventStore, request.stream);
    const { commandId } = request.command.metadata;
    // A replay answers with the first result; a stale revision answers CONFLICT: the real run says both.
    if (commandId && history.some((event) => event.metadata.commandId === commandId)) return;
    if (request.expectedRevision !== undefined && request.expectedRevision !== null && request.expectedRevision !== history.length - 1) return;
    const { state } = await this.decisions.charger(request.decider, request.stream);
    const decision = request.decider.decide(request.command, state);
    if (isRefusal(decision)) throw refusalToError(decision);
    for (const event of decision)
      await this.reactions.verifier(request.command.metadata, { type: event.type, stream: request.stream, data: event.data }, champ);
  }

  private async exigerDossierDuPorteur(context: RequestContext, dossierId: string): Promise<void> {
    const { state } = await this.decisions.charger(dossierDecider, dossierStream(context.tenantId, dossierId));
    // Same answer whether the dossier does not exist or belongs to someone else: nothing leaks about others.
    if (state.statut === 'inexistant' || state.porteur.id !== context.membership.organisationId) {
      throw new ApiError('NOT_FOUND', `Dossier ${dossierId} not found`, { what: 'Dossier', id: dossierId });
    }
  }
}
