import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type RattacherCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RattacherCommuneInput } from './rattacher-commune.input';

/** Use case: attach a commune to the territory (admin). */
@Resolver()
export class RattacherCommuneResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach a commune to the territory (again: adds the INSEE code or aliases it lacked).' })
  @Permit('admin')
  rattacherCommune(@Ctx() context: RequestContext, @Args('input') input: RattacherCommuneInput): Promise<CommandPayload> {
    const command: RattacherCommune = {
      type: 'RattacherCommune',
      data: { codeInsee: input.codeInsee ?? null, nom: input.nom, alias: input.alias ?? [], depuis: input.depuis ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
