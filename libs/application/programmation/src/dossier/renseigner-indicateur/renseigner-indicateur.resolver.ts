import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { RenseignerIndicateur } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { RenseignerIndicateurInput } from './renseigner-indicateur.input';

/** Use case: record an indicator value (porteur or staff); changing a value needs a reason. */
@Resolver()
export class RenseignerIndicateurResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record an indicator value of the action; changing a known value needs a reason.' })
  @Permit(...EPCI_ET_PORTEUR)
  renseignerIndicateur(@Ctx() context: RequestContext, @Args('input') input: RenseignerIndicateurInput): Promise<CommandPayload> {
    const command: RenseignerIndicateur = {
      type: 'RenseignerIndicateur',
      data: {
        dossierId: input.dossierId,
        indicateurId: input.indicateurId,
        libelle: input.libelle,
        valeur: input.valeur,
        ...(input.unite ? { unite: input.unite } : {}),
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
