import { Injectable } from '@nestjs/common';
import { CommandHandler, type Command, type CommandResult, type Decider, type DomainEvent } from '@cdv/eventsourcing';
import { ApiError, refusalToError, type CommandPayload } from '@cdv/graphql-common';
import { ReadModelsService } from '../read-side/read-models.service';

export interface DecisionRequest<C extends Command, E extends DomainEvent, S> {
  decider: Decider<C, E, S>;
  stream: string;
  command: C;
  expectedRevision?: number | null;
}

/**
 * Runs the decisions of the use-case handlers (docs/architecture.md « The write path »): read → fold → decide →
 * append through the one CommandHandler, and the answer the API gives for it. A use-case handler calls
 * `decider` (the result, a refusal as a value) then `reponse` (the payload, or the refusal as the API's error,
 * once the read models include the write).
 */
@Injectable()
export class Decisions {
  constructor(
    private readonly handler: CommandHandler,
    private readonly readModels: ReadModelsService,
  ) {}

  /** Runs the decision and returns its result; a refusal is a value, never thrown. */
  decider<C extends Command, E extends DomainEvent, S>(request: DecisionRequest<C, E, S>): Promise<CommandResult<E, S>> {
    const { decider, stream, command, expectedRevision } = request;
    return this.handler.handle(decider, { stream, command, ...(expectedRevision !== undefined && expectedRevision !== null ? { expectedRevision } : {}) });
  }

  /** The current state and revision of a stream, for what a handler checks before deciding (a porteur's own dossier, dry runs). */
  charger<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>, stream: string): Promise<{ state: S; revision: number }> {
    return this.handler.load(decider, stream);
  }

  /**
   * The edge: a refusal becomes the GraphQL error of its code; a success waits until the read models include the
   * write (up to `position` when reactions wrote after it), then becomes the payload, so the client can query at once.
   */
  async reponse(stream: string, id: string, result: CommandResult<DomainEvent, unknown>, position = 0): Promise<CommandPayload> {
    if (!result.ok) throw refusalToError(result.refusal);
    const types = position > result.lastPosition ? undefined : result.events.map((event) => event.type);
    await this.lisible(Math.max(result.lastPosition, position), types);
    return versPayload(stream, id, result);
  }

  /** Read-your-writes, in one place: waits until the read models that read `eventTypes` (all when none) reach `position`. */
  lisible(position: number, eventTypes?: readonly string[]): Promise<boolean> {
    return this.readModels.afterWrite(position, eventTypes);
  }
}

/** The payload of a decision that was taken (what the mutation answers). */
export function versPayload(stream: string, id: string, result: CommandResult<DomainEvent, unknown>): CommandPayload {
  if (!result.ok) throw new ApiError('INTERNAL_SERVER_ERROR', 'a refused command has no payload');
  return {
    streamId: stream.slice(stream.indexOf(':') + 1),
    id,
    revision: result.nextExpectedRevision,
    position: result.lastPosition,
    eventsAppended: result.replayed ? 0 : result.events.length,
    replayed: result.replayed,
    eventTypes: result.events.map((event) => event.type),
  };
}
