import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { comiteDecider, comiteStream, type CloreComite } from '@cdv/domain-programmation';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { CloreComiteCommand } from './clore-comite.command';

/** Use case: close a comité (EPCI staff). */
@CommandHandler(CloreComiteCommand)
export class CloreComiteHandler implements ICommandHandler<CloreComiteCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly decisions: Decisions,
  ) {}

  async execute({ context, input }: CloreComiteCommand): Promise<CommandPayload> {
    const comiteId = idValide('comiteId', input.comiteId);
    const command: CloreComite = { type: 'CloreComite', data: { comiteId }, metadata: this.ecritures.metadata(context, input) };
    const decision = { decider: comiteDecider, stream: comiteStream(context.tenantId, comiteId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, comiteId, await this.decisions.decider(decision));
  }
}
