import { Args, Field, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { ligneIdDe, type DemanderFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { DemanderFinancementInput } from './demander-financement.input';
import { programmationScope } from '../../programmation.graphql-scope';

@ObjectType({ ...programmationScope, description: 'Result of demanderFinancement: the command’s payload and the id of the line it created.' })
export class FinancementDemandePayload extends CommandPayload {
  @Field({ description: 'Id of the line (`{financeurId}:{nature}`): the `ligneId` of proposerFinancement, voterFinancement, corrigerMontant…' })
  ligneId: string;
}

/** Use case: add a line to the plan de financement (porteur or staff); the tenant's rules are checked. */
@Resolver()
export class DemanderFinancementResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly referentiel: ReferentielProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  @Mutation(() => FinancementDemandePayload, {
    nullable: true,
    description: 'Ask a financeur for financing; Σ asked never exceeds the total cost. Returns the line’s id.',
  })
  @Permit(...EPCI_ET_PORTEUR)
  async demanderFinancement(@Ctx() context: RequestContext, @Args('input') input: DemanderFinancementInput): Promise<FinancementDemandePayload> {
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
    const payload = await this.commands.dossier(context, input, input.dossierId, command);
    return { ...payload, ligneId: ligneIdDe(financeur.id, input.nature) };
  }
}
