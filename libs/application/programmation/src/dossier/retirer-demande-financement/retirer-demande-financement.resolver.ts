import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RetirerDemandeFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { RetirerDemandeFinancementInput } from './retirer-demande-financement.input';

/** Use case: withdraw a line of the plan de financement (its porteur, or staff); under instruction with a reason. */
@Resolver()
export class RetirerDemandeFinancementResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Withdraw a financing request (a line not decided yet).' })
  @Permit(...EPCI_ET_PORTEUR)
  retirerDemandeFinancement(@Ctx() context: RequestContext, @Args('input') input: RetirerDemandeFinancementInput): Promise<CommandPayload> {
    const command: RetirerDemandeFinancement = {
      type: 'RetirerDemandeFinancement',
      data: { dossierId: input.dossierId, ligneId: input.ligneId },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
