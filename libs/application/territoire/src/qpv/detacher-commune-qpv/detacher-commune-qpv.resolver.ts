import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type DetacherCommuneQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { DetacherCommuneQpvInput } from './detacher-commune-qpv.input';

/** Use case: remove a commune from a quartier (admin; never its last one). */
@Resolver()
export class DetacherCommuneQpvResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Remove a commune from a quartier on the map (never its last commune).' })
  @Permit('admin')
  detacherCommuneQpv(@Ctx() context: RequestContext, @Args('input') input: DetacherCommuneQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: DetacherCommuneQpv = {
      type: 'DetacherCommuneQpv',
      data: { commune: communeRef(input.commune) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
