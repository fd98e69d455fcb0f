import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AjournerDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { AjournerDossierCommand } from './ajourner-dossier.command';

/** Use case: postpone a dossier to a later year's appel (EPCI staff). */
@CommandHandler(AjournerDossierCommand)
export class AjournerDossierHandler implements ICommandHandler<AjournerDossierCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: AjournerDossierCommand): Promise<CommandPayload> {
    const command: AjournerDossier = {
      type: 'AjournerDossier',
      data: {
        dossierId: input.dossierId,
        ...(input.motif ? { motif: input.motif } : {}),
        ...(input.comiteId ? { comiteId: input.comiteId } : {}),
        ...(input.anneeReport ? { anneeReport: input.anneeReport } : {}),
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
