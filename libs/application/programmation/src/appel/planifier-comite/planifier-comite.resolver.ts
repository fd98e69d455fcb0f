import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { PlanifierComiteInput } from './planifier-comite.input';
import { PlanifierComiteCommand } from './planifier-comite.command';

/** Use case: plan a comité des financeurs in the appel's calendar (EPCI staff). */
@Resolver()
export class PlanifierComiteResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Add a comité to the calendar of the year’s appel.' })
  @Permit(...EPCI)
  planifierComite(@Ctx() context: RequestContext, @Args('input') input: PlanifierComiteInput): Promise<CommandPayload> {
    return this.commandBus.execute(new PlanifierComiteCommand(context, sansNull(input)));
  }
}
