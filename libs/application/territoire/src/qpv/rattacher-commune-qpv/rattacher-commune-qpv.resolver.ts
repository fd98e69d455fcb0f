import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { qpvDecider, qpvStream, type RattacherCommuneQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { RattacherCommuneQpvInput } from './rattacher-commune-qpv.input';

/** Use case: add a commune to a quartier (admin). */
@Resolver()
export class RattacherCommuneQpvResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Add a commune to a quartier on the map.' })
  @Permit('admin')
  rattacherCommuneQpv(@Ctx() context: RequestContext, @Args('input') input: RattacherCommuneQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RattacherCommuneQpv = {
      type: 'RattacherCommuneQpv',
      data: { commune: communeRef(input.commune) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
