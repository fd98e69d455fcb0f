import { Injectable } from '@nestjs/common';
import { Command as CqrsCommand, CommandBus, CommandHandler as CqrsCommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandHandler, type Command, type CommandResult, type Decider, type DomainEvent } from '@cdv/eventsourcing';
import { ApiError, refusalToError, type CommandPayload } from '@cdv/graphql-common';
import { ReadModelsService } from './read-side/read-models.service';

export interface DecisionRequest<C extends Command, E extends DomainEvent, S> {
  decider: Decider<C, E, S>;
  stream: string;
  command: C;
  expectedRevision?: number | null;
}

/**
 * The @nestjs/cqrs command that carries any decider call: one generic handler serves every use case, so
 * application code only maps input to a domain command (Emmett's single handleCommand, on Nest's CommandBus).
 */
export class ExecuteDecision extends CqrsCommand<CommandResult<DomainEvent, unknown>> {
  constructor(readonly request: DecisionRequest<Command, DomainEvent, unknown>) {
    super();
  }
}

@CqrsCommandHandler(ExecuteDecision)
export class ExecuteDecisionHandler implements ICommandHandler<ExecuteDecision> {
  constructor(private readonly handler: CommandHandler) {}

  execute({ request }: ExecuteDecision): Promise<CommandResult<DomainEvent, unknown>> {
    return this.handler.handle(request.decider, {
      stream: request.stream,
      command: request.command,
      ...(request.expectedRevision !== undefined && request.expectedRevision !== null ? { expectedRevision: request.expectedRevision } : {}),
    });
  }
}

/** What resolvers call: runs a decision through the CommandBus and turns the result into the API's payload. */
@Injectable()
export class CommandGateway {
  constructor(
    private readonly bus: CommandBus,
    private readonly readModels: ReadModelsService,
  ) {}

  /** Returns the raw result (refusals as values), for application services that chain commands. */
  run<C extends Command, E extends DomainEvent, S>(request: DecisionRequest<C, E, S>): Promise<CommandResult<E, S>> {
    return this.bus.execute(new ExecuteDecision(request as unknown as DecisionRequest<Command, DomainEvent, unknown>)) as Promise<CommandResult<E, S>>;
  }

  /**
   * Runs a decision for the API: a refusal becomes the GraphQL error of its code; on success it waits until the
   * read models include the write (read-your-writes), so the client can query right away.
   */
  async execute<C extends Command, E extends DomainEvent, S>(request: DecisionRequest<C, E, S>, id: string): Promise<CommandPayload> {
    const result = await this.run(request);
    if (!result.ok) throw refusalToError(result.refusal);
    await this.readModels.afterWrite(
      result.lastPosition,
      result.events.map((event) => event.type),
    );
    return toPayload(request.stream, id, result);
  }
}

export function toPayload(stream: string, id: string, result: CommandResult<DomainEvent, unknown>): CommandPayload {
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
