import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RetirerSection } from '@cdv/domain-rapport';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { REDACTEURS_RAPPORT } from '../../shared/acces';
import { RapportCommands } from '../../shared/rapport-commands.service';
import { RetirerSectionInput } from './retirer-section.input';

/** Use case: remove a section from the draft (EPCI staff). */
@Resolver()
export class RetirerSectionResolver {
  constructor(private readonly commands: RapportCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Remove a section from the rapport annuel’s draft.' })
  @Permit(...REDACTEURS_RAPPORT)
  retirerSectionRapport(@Ctx() context: RequestContext, @Args('input') input: RetirerSectionInput): Promise<CommandPayload> {
    const command: RetirerSection = {
      type: 'RetirerSection',
      data: { annee: input.annee, sectionId: input.sectionId },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.rapport(context, input, command);
  }
}
