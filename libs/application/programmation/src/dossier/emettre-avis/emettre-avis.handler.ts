import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EmettreAvis } from '@cdv/domain-programmation';
import { ApiError, CommandPayload } from '@cdv/graphql-common';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { EmettreAvisCommand } from './emettre-avis.command';

/** Use case: give an avis on a dossier (an instructeur for its organisation; staff for any partner). */
@CommandHandler(EmettreAvisCommand)
export class EmettreAvisHandler implements ICommandHandler<EmettreAvisCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  async execute({ context, input }: EmettreAvisCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const auteurId = input.auteurId ?? (context.role === 'instructeur' ? context.membership.organisationId : undefined);
    if (!auteurId) throw new ApiError('VALIDATION_FAILED', 'auteurId is required', { field: 'auteurId' });
    const auteur = await this.referentiel.organisation(context.tenantId, { field: 'auteurId', id: auteurId });
    const command: EmettreAvis = {
      type: 'EmettreAvis',
      data: {
        dossierId: input.dossierId,
        auteur,
        avis: input.avis,
        commentaire: input.commentaire ?? '',
        ...(input.ligneId ? { ligneId: input.ligneId } : {}),
      },
      metadata,
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
