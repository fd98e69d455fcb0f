import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { OuvrirTerritoireInput } from './ouvrir-territoire.input';
import { OuvrirTerritoireCommand } from './ouvrir-territoire.command';

/** Use case: open the workspace's EPCI (admin). Maps the input to the domain command; the decider rules. */
@Resolver()
export class OuvrirTerritoireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Open the workspace for its EPCI: identity, communes, predecessors.' })
  @Permit('admin')
  ouvrirTerritoire(@Ctx() context: RequestContext, @Args('input') input: OuvrirTerritoireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new OuvrirTerritoireCommand(context, sansNull(input)));
  }
}
