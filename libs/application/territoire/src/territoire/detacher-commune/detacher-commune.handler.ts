import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DetacherCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { DetacherCommuneCommand } from './detacher-commune.command';

/** Use case: detach a commune from the territory (admin). */
@CommandHandler(DetacherCommuneCommand)
export class DetacherCommuneHandler implements ICommandHandler<DetacherCommuneCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DetacherCommuneCommand): Promise<CommandPayload> {
    const command: DetacherCommune = {
      type: 'DetacherCommune',
      data: { commune: communeRef(input.commune), jusquAu: input.jusquAu ?? null },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
