import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RetirerDemandeFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RetirerDemandeFinancementCommand } from './retirer-demande-financement.command';

/** Use case: withdraw a line of the plan de financement (its porteur, or staff); under instruction with a reason. */
@CommandHandler(RetirerDemandeFinancementCommand)
export class RetirerDemandeFinancementHandler implements ICommandHandler<RetirerDemandeFinancementCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: RetirerDemandeFinancementCommand): Promise<CommandPayload> {
    const command: RetirerDemandeFinancement = {
      type: 'RetirerDemandeFinancement',
      data: { dossierId: input.dossierId, ligneId: input.ligneId },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
