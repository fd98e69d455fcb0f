import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DefinirLibelleAfficheInput } from './definir-libelle-affiche.input';
import { DefinirLibelleAfficheCommand } from './definir-libelle-affiche.command';

/** Use case: set the label shown for a node of the current version (admin). */
@Resolver()
export class DefinirLibelleAfficheResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Set (or clear, with null) the label shown for a node; the source label stays verbatim.' })
  @Permit('admin')
  definirLibelleAffiche(@Ctx() context: RequestContext, @Args('input') input: DefinirLibelleAfficheInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DefinirLibelleAfficheCommand(context, sansNull(input)));
  }
}
