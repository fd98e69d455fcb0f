import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ChangerNatureTerritoireInput } from './changer-nature-territoire.input';
import { ChangerNatureTerritoireCommand } from './changer-nature-territoire.command';

/** Use case: record a change of legal kind of the EPCI (CU → métropole; admin). */
@Resolver()
export class ChangerNatureTerritoireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the new legal kind of the EPCI and the date it applies from.' })
  @Permit('admin')
  changerNatureTerritoire(@Ctx() context: RequestContext, @Args('input') input: ChangerNatureTerritoireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ChangerNatureTerritoireCommand(context, sansNull(input)));
  }
}
