import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { AdopterRapportCommand } from './adopter-rapport.command';
import { AdopterRapportInput } from './adopter-rapport.input';

/** Use case: record the council's adoption of the report (EPCI staff). */
@Resolver()
export class AdopterRapportResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the adoption of the rapport annuel (délibération date and number).' })
  @Permit(...REDACTEURS_RAPPORT)
  adopterRapport(@Ctx() context: RequestContext, @Args('input') input: AdopterRapportInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AdopterRapportCommand(context, sansNull(input)));
  }
}
