import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { NePasRetenirDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { NePasRetenirDossierCommand } from './ne-pas-retenir-dossier.command';

/** Use case: do not retain a dossier; its pending lines are refused with it (EPCI staff). */
@CommandHandler(NePasRetenirDossierCommand)
export class NePasRetenirDossierHandler implements ICommandHandler<NePasRetenirDossierCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: NePasRetenirDossierCommand): Promise<CommandPayload> {
    const command: NePasRetenirDossier = {
      type: 'NePasRetenirDossier',
      data: { dossierId: input.dossierId, ...(input.motif ? { motif: input.motif } : {}), ...(input.comiteId ? { comiteId: input.comiteId } : {}) },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
