import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { qpvDecider, qpvStream, type RetirerQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RetirerQpvInput } from './retirer-qpv.input';

/** Use case: take a quartier off the priority geography (admin; needs a reason). */
@Resolver()
export class RetirerQpvResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Take a quartier off the priority geography; needs a reason.' })
  @Permit('admin')
  retirerQpv(@Ctx() context: RequestContext, @Args('input') input: RetirerQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RetirerQpv = {
      type: 'RetirerQpv',
      data: { dateEffet: input.dateEffet },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
