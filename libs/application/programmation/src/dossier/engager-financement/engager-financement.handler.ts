import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { EngagerFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { EngagerFinancementCommand } from './engager-financement.command';

/** Use case: engage a voted line outside a convention tranche (staff, or the line's financeur's instructeur). */
@CommandHandler(EngagerFinancementCommand)
export class EngagerFinancementHandler implements ICommandHandler<EngagerFinancementCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: EngagerFinancementCommand): Promise<CommandPayload> {
    const command: EngagerFinancement = {
      type: 'EngagerFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        montant: input.montant,
        ...(input.numeroEngagementJuridique ? { numeroEngagementJuridique: input.numeroEngagementJuridique } : {}),
        ...(input.conventionId ? { conventionId: input.conventionId } : {}),
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
