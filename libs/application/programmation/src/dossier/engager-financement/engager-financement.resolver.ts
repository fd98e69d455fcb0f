import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { EngagerFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { EngagerFinancementInput } from './engager-financement.input';

/** Use case: engage a voted line outside a convention tranche (staff, or the line's financeur's instructeur). */
@Resolver()
export class EngagerFinancementResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Engage a voted line (legal commitment), at most the voted amount.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  engagerFinancement(@Ctx() context: RequestContext, @Args('input') input: EngagerFinancementInput): Promise<CommandPayload> {
    const command: EngagerFinancement = {
      type: 'EngagerFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        montant: input.montant,
        ...(input.numeroEngagementJuridique ? { numeroEngagementJuridique: input.numeroEngagementJuridique } : {}),
        ...(input.conventionId ? { conventionId: input.conventionId } : {}),
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
