import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RenommerTerritoireInput } from './renommer-territoire.input';
import { RenommerTerritoireCommand } from './renommer-territoire.command';

/** Use case: rename the EPCI (legal name, acronym, usual name; admin). */
@Resolver()
export class RenommerTerritoireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Rename the EPCI. acronyme/nomUsuel left out stay as they are; null clears them.' })
  @Permit('admin')
  renommerTerritoire(@Ctx() context: RequestContext, @Args('input') input: RenommerTerritoireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RenommerTerritoireCommand(context, sansNull(input, 'acronyme', 'nomUsuel')));
  }
}
