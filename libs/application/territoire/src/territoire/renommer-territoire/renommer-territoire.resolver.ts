import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type RenommerTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenommerTerritoireInput } from './renommer-territoire.input';

/** Use case: rename the EPCI (legal name, acronym, usual name; admin). */
@Resolver()
export class RenommerTerritoireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Rename the EPCI. acronyme/nomUsuel left out stay as they are; null clears them.' })
  @Permit('admin')
  renommerTerritoire(@Ctx() context: RequestContext, @Args('input') input: RenommerTerritoireInput): Promise<CommandPayload> {
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
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
