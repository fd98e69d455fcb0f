import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { ModifierDateClotureInput } from './modifier-date-cloture.input';
import { ModifierDateClotureCommand } from './modifier-date-cloture.command';

/** Use case: extend (or bring forward) the appel's closing date (EPCI staff); a reason once it passed or the appel is clos. */
@Resolver()
export class ModifierDateClotureResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Move the closing date of a year’s appel à projets (a reason once it passed; a clos appel reopens).',
  })
  @Permit(...EPCI)
  modifierDateCloture(@Ctx() context: RequestContext, @Args('input') input: ModifierDateClotureInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ModifierDateClotureCommand(context, sansNull(input)));
  }
}
