import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ChangerNatureTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { ChangerNatureTerritoireCommand } from './changer-nature-territoire.command';

/** Use case: record a change of legal kind of the EPCI (CU → métropole; admin). */
@CommandHandler(ChangerNatureTerritoireCommand)
export class ChangerNatureTerritoireHandler implements ICommandHandler<ChangerNatureTerritoireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: ChangerNatureTerritoireCommand): Promise<CommandPayload> {
    const command: ChangerNatureTerritoire = {
      type: 'ChangerNatureTerritoire',
      data: { nature: input.nature, depuis: input.depuis },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
