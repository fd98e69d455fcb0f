import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterObjectifInput } from './ajouter-objectif.input';
import { AjouterObjectifCommand } from './ajouter-objectif.command';

/** Use case: add a node (pilier, orientation, objectif, priorité…) to the current version of a cadre (admin). */
@Resolver()
export class AjouterObjectifResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Add a node to the current version of a cadre stratégique. The payload id is the node id (given, else derived from commandId).',
  })
  @Permit('admin')
  ajouterObjectif(@Ctx() context: RequestContext, @Args('input') input: AjouterObjectifInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AjouterObjectifCommand(context, sansNull(input)));
  }
}
