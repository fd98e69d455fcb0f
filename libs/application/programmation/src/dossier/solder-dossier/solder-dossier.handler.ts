import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { SolderDossier } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { PiecesRequisesContexte } from '../../pieces/pieces-requises.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { SolderDossierCommand } from './solder-dossier.command';

/** Use case: close a dossier after its bilan (EPCI staff); it is read-only afterwards, except corrections. */
@CommandHandler(SolderDossierCommand)
export class SolderDossierHandler implements ICommandHandler<SolderDossierCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly piecesRequises: PiecesRequisesContexte,
  ) {}

  async execute({ context, input }: SolderDossierCommand): Promise<CommandPayload> {
    // The pieces the appel asks for: the decider refuses while one is missing (docs/adr/0022-pieces-justificatives.md).
    const contexte = await this.piecesRequises.pourDossier(context.tenantId, input.dossierId);
    const command: SolderDossier = {
      type: 'SolderDossier',
      data: { dossierId: input.dossierId, ...(contexte ? { contexte } : {}) },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
