import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AjouterAliasPartenaireInput } from './ajouter-alias-partenaire.input';
import { AjouterAliasPartenaireCommand } from './ajouter-alias-partenaire.command';

/** Use case: record another name an organisation is printed under (admin). */
@Resolver()
export class AjouterAliasPartenaireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record another name an organisation is printed under.' })
  @Permit('admin')
  ajouterAliasPartenaire(@Ctx() context: RequestContext, @Args('input') input: AjouterAliasPartenaireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AjouterAliasPartenaireCommand(context, sansNull(input)));
  }
}
