import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { JustifierFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { JustifierFinancementCommand } from './justifier-financement.command';

/** Use case: record the justified amount of a paid line after the bilan (staff, or the line's financeur's instructeur). */
@CommandHandler(JustifierFinancementCommand)
export class JustifierFinancementHandler implements ICommandHandler<JustifierFinancementCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: JustifierFinancementCommand): Promise<CommandPayload> {
    const command: JustifierFinancement = {
      type: 'JustifierFinancement',
      data: { dossierId: input.dossierId, ligneId: input.ligneId, montant: input.montant },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
