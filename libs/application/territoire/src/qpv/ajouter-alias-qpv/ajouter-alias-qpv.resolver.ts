import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterAliasQpvInput } from './ajouter-alias-qpv.input';
import { AjouterAliasQpvCommand } from './ajouter-alias-qpv.command';

/** Use case: record another spelling of a quartier (admin). */
@Resolver()
export class AjouterAliasQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record another spelling of a quartier (allowed on replaced and retired ones too).' })
  @Permit('admin')
  ajouterAliasQpv(@Ctx() context: RequestContext, @Args('input') input: AjouterAliasQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AjouterAliasQpvCommand(context, sansNull(input)));
  }
}
