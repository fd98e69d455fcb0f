import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type RenommerTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { RenommerTerritoireCommand } from './renommer-territoire.command';

/** Use case: rename the EPCI (legal name, acronym, usual name; admin). */
@CommandHandler(RenommerTerritoireCommand)
export class RenommerTerritoireHandler implements ICommandHandler<RenommerTerritoireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RenommerTerritoireCommand): Promise<CommandPayload> {
    // Left out means unchanged for the decider and null clears: GraphQL keeps the difference, so does the command.
    const command: RenommerTerritoire = {
      type: 'RenommerTerritoire',
      data: {
        nom: input.nom,
        ...(input.acronyme !== undefined ? { acronyme: input.acronyme } : {}),
        ...(input.nomUsuel !== undefined ? { nomUsuel: input.nomUsuel } : {}),
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
