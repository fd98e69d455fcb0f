import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type ChangerNatureTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ChangerNatureTerritoireInput } from './changer-nature-territoire.input';

/** Use case: record a change of legal kind of the EPCI (CU → métropole; admin). */
@Resolver()
export class ChangerNatureTerritoireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the new legal kind of the EPCI and the date it applies from.' })
  @Permit('admin')
  changerNatureTerritoire(@Ctx() context: RequestContext, @Args('input') input: ChangerNatureTerritoireInput): Promise<CommandPayload> {
    const command: ChangerNatureTerritoire = {
      type: 'ChangerNatureTerritoire',
      data: { nature: input.nature, depuis: input.depuis },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
