import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AjouterAliasQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterAliasQpvInput } from './ajouter-alias-qpv.input';

/** Use case: record another spelling of a quartier (admin). */
@Resolver()
export class AjouterAliasQpvResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record another spelling of a quartier (allowed on replaced and retired ones too).' })
  @Permit('admin')
  ajouterAliasQpv(@Ctx() context: RequestContext, @Args('input') input: AjouterAliasQpvInput): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: AjouterAliasQpv = {
      type: 'AjouterAliasQpv',
      data: { alias: input.alias },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute({ decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision }, qpvId);
  }
}
