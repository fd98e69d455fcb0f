import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AbandonnerDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { AbandonnerDossierCommand } from './abandonner-dossier.command';

/** Use case: the porteur withdraws its dossier (or staff records it); after the decision, a reason is required. */
@CommandHandler(AbandonnerDossierCommand)
export class AbandonnerDossierHandler implements ICommandHandler<AbandonnerDossierCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: AbandonnerDossierCommand): Promise<CommandPayload> {
    const command: AbandonnerDossier = {
      type: 'AbandonnerDossier',
      data: { dossierId: input.dossierId, ...(input.motif ? { motif: input.motif } : {}) },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
