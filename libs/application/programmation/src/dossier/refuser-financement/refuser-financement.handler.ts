import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RefuserFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RefuserFinancementCommand } from './refuser-financement.command';

/** Use case: refuse a line (staff, or the line's financeur's instructeur). */
@CommandHandler(RefuserFinancementCommand)
export class RefuserFinancementHandler implements ICommandHandler<RefuserFinancementCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: RefuserFinancementCommand): Promise<CommandPayload> {
    const command: RefuserFinancement = {
      type: 'RefuserFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        ...(input.motif ? { motif: input.motif } : {}),
        ...(input.comiteId ? { comiteId: input.comiteId } : {}),
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
