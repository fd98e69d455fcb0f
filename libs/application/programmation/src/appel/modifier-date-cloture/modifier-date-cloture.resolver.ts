import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { ModifierDateCloture } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ModifierDateClotureInput } from './modifier-date-cloture.input';

/** Use case: extend (or bring forward) the appel's closing date (EPCI staff); a reason once it passed or the appel is clos. */
@Resolver()
export class ModifierDateClotureResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Move the closing date of a year’s appel à projets (a reason once it passed; a clos appel reopens).',
  })
  @Permit(...EPCI)
  modifierDateCloture(@Ctx() context: RequestContext, @Args('input') input: ModifierDateClotureInput): Promise<CommandPayload> {
    const command: ModifierDateCloture = {
      type: 'ModifierDateCloture',
      data: { annee: input.annee, clotureLe: input.clotureLe },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.appel(context, input, input.annee, command);
  }
}
