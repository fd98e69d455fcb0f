import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AttribuerCodeInseeCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { AttribuerCodeInseeCommuneCommand } from './attribuer-code-insee-commune.command';

/** Use case: give its INSEE code to a commune known by name only (admin). */
@CommandHandler(AttribuerCodeInseeCommuneCommand)
export class AttribuerCodeInseeCommuneHandler implements ICommandHandler<AttribuerCodeInseeCommuneCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AttribuerCodeInseeCommuneCommand): Promise<CommandPayload> {
    const command: AttribuerCodeInseeCommune = {
      type: 'AttribuerCodeInseeCommune',
      data: { nom: input.nom, codeInsee: input.codeInsee },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
