import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { qpvDecider, qpvStream, type RenommerQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenommerQpvInput } from './renommer-qpv.input';

/** Use case: rename a quartier on the map (admin; the former name stays an alias). */
@Resolver()
export class RenommerQpvResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Rename a quartier on the map; the former name stays searchable as an alias.' })
  @Permit('admin')
  renommerQpv(@Ctx() context: RequestContext, @Args('input') input: RenommerQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RenommerQpv = {
      type: 'RenommerQpv',
      data: { nom: input.nom },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
