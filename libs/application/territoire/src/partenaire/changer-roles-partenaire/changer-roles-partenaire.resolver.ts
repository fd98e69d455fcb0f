import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ChangerRolesPartenaireInput } from './changer-roles-partenaire.input';
import { ChangerRolesPartenaireCommand } from './changer-roles-partenaire.command';

/** Use case: change what an organisation does in the contract (admin). */
@Resolver()
export class ChangerRolesPartenaireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Set the roles of an organisation (financeur needs its report category).' })
  @Permit('admin')
  changerRolesPartenaire(@Ctx() context: RequestContext, @Args('input') input: ChangerRolesPartenaireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ChangerRolesPartenaireCommand(context, sansNull(input, 'categorieFinanceur')));
  }
}
