import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterAliasCommuneInput } from './ajouter-alias-commune.input';
import { AjouterAliasCommuneCommand } from './ajouter-alias-commune.command';

/** Use case: record another spelling of a commune (admin). */
@Resolver()
export class AjouterAliasCommuneResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record another spelling of a commune of the territory.' })
  @Permit('admin')
  ajouterAliasCommune(@Ctx() context: RequestContext, @Args('input') input: AjouterAliasCommuneInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AjouterAliasCommuneCommand(context, sansNull(input)));
  }
}
