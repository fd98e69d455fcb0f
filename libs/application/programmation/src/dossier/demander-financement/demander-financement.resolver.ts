import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { DemanderFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { DemanderFinancementInput } from './demander-financement.input';

/** Use case: add a line to the plan de financement (porteur or staff); the tenant's rules are checked. */
@Resolver()
export class DemanderFinancementResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly referentiel: ReferentielProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Ask a financeur for financing; Σ asked never exceeds the total cost.' })
  @Permit(...EPCI_ET_PORTEUR)
  async demanderFinancement(@Ctx() context: RequestContext, @Args('input') input: DemanderFinancementInput): Promise<CommandPayload> {
    const metadata = this.commands.metadata(context, input);
    const modalite = input.modalite ?? 'numeraire';
    const [financeur, regles] = await Promise.all([
      this.referentiel.financeur(context.tenantId, { field: 'financeurId', id: input.financeurId }, input.nature, { sansMontant: modalite !== 'numeraire' }),
      this.contexte.regles(context.tenantId),
    ]);
    const command: DemanderFinancement = {
      type: 'DemanderFinancement',
      data: {
        dossierId: input.dossierId,
        financeur,
        nature: input.nature,
        modalite,
        ...(input.dispositif ? { dispositif: { id: input.dispositif.id, libelle: input.dispositif.libelle } } : {}),
        montant: input.montant,
        contexte: { regles },
      },
      metadata,
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
