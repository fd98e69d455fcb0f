import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { EnregistrerVersement } from '@cdv/domain-programmation';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_INSTRUCTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { EnregistrerVersementInput } from './enregistrer-versement.input';

/** Use case: record a payment (avance, acompte, solde) on an engaged line (staff, or the line's financeur's instructeur). */
@Resolver()
export class EnregistrerVersementResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record a versement on an engaged line.' })
  @Permit(...EPCI_ET_INSTRUCTEUR)
  enregistrerVersement(@Ctx() context: RequestContext, @Args('input') input: EnregistrerVersementInput): Promise<CommandPayload> {
    const command: EnregistrerVersement = {
      type: 'EnregistrerVersement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        versementId: nouvelId('versementId', 'versement', context.tenantId, input.versementId, input.commandId),
        type: input.type,
        montant: input.montant,
        date: input.date,
      },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
