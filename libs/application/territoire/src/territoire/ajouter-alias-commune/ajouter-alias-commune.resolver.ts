import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AjouterAliasCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { AjouterAliasCommuneInput } from './ajouter-alias-commune.input';

/** Use case: record another spelling of a commune (admin). */
@Resolver()
export class AjouterAliasCommuneResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record another spelling of a commune of the territory.' })
  @Permit('admin')
  ajouterAliasCommune(@Ctx() context: RequestContext, @Args('input') input: AjouterAliasCommuneInput): Promise<CommandPayload> {
    const command: AjouterAliasCommune = {
      type: 'AjouterAliasCommune',
      data: { commune: communeRef(input.commune), alias: input.alias },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision },
      context.tenantId,
    );
  }
}
