import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AttribuerCodeInseeCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AttribuerCodeInseeCommuneInput } from './attribuer-code-insee-commune.input';

/** Use case: give its INSEE code to a commune known by name only (admin). */
@Resolver()
export class AttribuerCodeInseeCommuneResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Give its INSEE code to a commune known by name only.' })
  @Permit('admin')
  attribuerCodeInseeCommune(@Ctx() context: RequestContext, @Args('input') input: AttribuerCodeInseeCommuneInput): Promise<CommandPayload> {
    const command: AttribuerCodeInseeCommune = {
      type: 'AttribuerCodeInseeCommune',
      data: { nom: input.nom, codeInsee: input.codeInsee },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
