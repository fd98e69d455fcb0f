import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EnregistrerVersement } from '@cdv/domain-programmation';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { EnregistrerVersementCommand } from './enregistrer-versement.command';

/** Use case: record a payment (avance, acompte, solde) on an engaged line (staff, or the line's financeur's instructeur). */
@CommandHandler(EnregistrerVersementCommand)
export class EnregistrerVersementHandler implements ICommandHandler<EnregistrerVersementCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: EnregistrerVersementCommand): Promise<CommandPayload> {
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
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
