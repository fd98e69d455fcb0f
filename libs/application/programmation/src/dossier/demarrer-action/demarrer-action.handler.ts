import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DemarrerAction } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DemarrerActionCommand } from './demarrer-action.command';

/** Use case: the porteur starts its conventionné action (or staff records it). */
@CommandHandler(DemarrerActionCommand)
export class DemarrerActionHandler implements ICommandHandler<DemarrerActionCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: DemarrerActionCommand): Promise<CommandPayload> {
    const command: DemarrerAction = {
      type: 'DemarrerAction',
      data: { dossierId: input.dossierId, dateDebut: input.dateDebut },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
