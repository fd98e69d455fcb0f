import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { qpvDecider, qpvStream, type RemplacerQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { lienQpv } from '../qpv.inputs';
import { RemplacerQpvInput } from './remplacer-qpv.input';

/** Use case: record the quartiers of the next geography that replace a QPV (admin). */
@Resolver()
export class RemplacerQpvResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record the QPV of the next geography that replace this one; it stays readable under its code.',
  })
  @Permit('admin')
  remplacerQpv(@Ctx() context: RequestContext, @Args('input') input: RemplacerQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RemplacerQpv = {
      type: 'RemplacerQpv',
      data: { successeurs: input.successeurs.map(lienQpv), dateEffet: input.dateEffet },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
