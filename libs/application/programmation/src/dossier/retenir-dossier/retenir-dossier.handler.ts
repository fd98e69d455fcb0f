import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RetenirDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RetenirDossierCommand } from './retenir-dossier.command';

/** Use case: retain a dossier with at least one voted line, outside a comité decision (EPCI staff). */
@CommandHandler(RetenirDossierCommand)
export class RetenirDossierHandler implements ICommandHandler<RetenirDossierCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: RetenirDossierCommand): Promise<CommandPayload> {
    const command: RetenirDossier = {
      type: 'RetenirDossier',
      data: { dossierId: input.dossierId, ...(input.comiteId ? { comiteId: input.comiteId } : {}) },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
