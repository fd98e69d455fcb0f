import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CloreAppelAProjets } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CloreAppelAProjetsInput } from './clore-appel-a-projets.input';

/** Use case: close the appel à projets (EPCI staff). */
@Resolver()
export class CloreAppelAProjetsResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close the appel à projets of a year.' })
  @Permit(...EPCI)
  cloreAppelAProjets(@Ctx() context: RequestContext, @Args('input') input: CloreAppelAProjetsInput): Promise<CommandPayload> {
    const command: CloreAppelAProjets = { type: 'CloreAppelAProjets', data: { annee: input.annee }, metadata: this.commands.metadata(context, input) };
    return this.commands.appel(context, input, input.annee, command);
  }
}
