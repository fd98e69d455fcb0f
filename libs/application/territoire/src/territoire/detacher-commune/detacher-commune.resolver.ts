import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type DetacherCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { DetacherCommuneInput } from './detacher-commune.input';

/** Use case: detach a commune from the territory (admin). */
@Resolver()
export class DetacherCommuneResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Detach a commune from the territory (it stays in the history).' })
  @Permit('admin')
  detacherCommune(@Ctx() context: RequestContext, @Args('input') input: DetacherCommuneInput): Promise<CommandPayload> {
    const command: DetacherCommune = {
      type: 'DetacherCommune',
      data: { commune: communeRef(input.commune), jusquAu: input.jusquAu ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
