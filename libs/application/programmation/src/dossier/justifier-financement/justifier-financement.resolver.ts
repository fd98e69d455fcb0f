import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { JustifierFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { JustifierFinancementInput } from './justifier-financement.input';

/** Use case: record the justified amount of a paid line after the bilan (staff, or the line's financeur's instructeur). */
@Resolver()
export class JustifierFinancementResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the amount justified on a line (at most the engaged amount).' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  justifierFinancement(@Ctx() context: RequestContext, @Args('input') input: JustifierFinancementInput): Promise<CommandPayload> {
    const command: JustifierFinancement = {
      type: 'JustifierFinancement',
      data: { dossierId: input.dossierId, ligneId: input.ligneId, montant: input.montant },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
