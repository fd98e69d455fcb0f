import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { CorrigerMontant } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CorrigerMontantInput } from './corriger-montant.input';

/** Use case: correct an amount with a reason (staff, or the line's financeur's instructeur); invariants and rules hold. */
@Resolver()
export class CorrigerMontantResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly contexte: ContexteProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Correct an amount of a line at one stage, with a mandatory reason.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  async corrigerMontant(@Ctx() context: RequestContext, @Args('input') input: CorrigerMontantInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const command: CorrigerMontant = {
      type: 'CorrigerMontant',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        etape: input.etape,
        montant: input.montant,
        contexte: { regles: await this.contexte.regles(context.tenantId) },
      },
      metadata,
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
