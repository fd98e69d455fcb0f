import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RattacherCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { RattacherCommuneCommand } from './rattacher-commune.command';

/** Use case: attach a commune to the territory (admin). */
@CommandHandler(RattacherCommuneCommand)
export class RattacherCommuneHandler implements ICommandHandler<RattacherCommuneCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RattacherCommuneCommand): Promise<CommandPayload> {
    const command: RattacherCommune = {
      type: 'RattacherCommune',
      data: { codeInsee: input.codeInsee ?? null, nom: input.nom, alias: input.alias ?? [], depuis: input.depuis ?? null },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
