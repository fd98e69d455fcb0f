import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AttribuerSirenTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AttribuerSirenTerritoireInput } from './attribuer-siren-territoire.input';

/** Use case: attach the EPCI's SIREN (admin; replacing a known one needs a reason). */
@Resolver()
export class AttribuerSirenTerritoireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach the SIREN of the EPCI; replacing a known SIREN needs a reason.' })
  @Permit('admin')
  attribuerSirenTerritoire(@Ctx() context: RequestContext, @Args('input') input: AttribuerSirenTerritoireInput): Promise<CommandPayload> {
    const command: AttribuerSirenTerritoire = {
      type: 'AttribuerSirenTerritoire',
      data: { siren: input.siren },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
