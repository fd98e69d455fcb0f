import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type EnregistrerStatistiqueTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { statistique } from '../../shared/inputs';
import { EnregistrerStatistiqueTerritoireInput } from './enregistrer-statistique-territoire.input';

/** Use case: record a statistic of the territory (admin; a different value for the same key is a correction and needs a reason). */
@Resolver()
export class EnregistrerStatistiqueTerritoireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a statistic of the territory (population…); correcting a recorded value needs a reason.',
  })
  @Permit('admin')
  enregistrerStatistiqueTerritoire(@Ctx() context: RequestContext, @Args('input') input: EnregistrerStatistiqueTerritoireInput): Promise<CommandPayload> {
    const command: EnregistrerStatistiqueTerritoire = {
      type: 'EnregistrerStatistiqueTerritoire',
      data: { statistique: statistique(input.statistique) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
