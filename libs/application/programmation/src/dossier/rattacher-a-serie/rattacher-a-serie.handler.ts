import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RattacherASerie } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RattacherASerieCommand } from './rattacher-a-serie.command';

/** Use case: attach a dossier to a série (the same action renewed year after year); moving it needs a reason (EPCI staff). */
@CommandHandler(RattacherASerieCommand)
export class RattacherASerieHandler implements ICommandHandler<RattacherASerieCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: RattacherASerieCommand): Promise<CommandPayload> {
    const command: RattacherASerie = {
      type: 'RattacherASerie',
      data: {
        dossierId: input.dossierId,
        serie: { id: input.serie.id, rang: input.serie.rang, ...(input.serie.libelle ? { libelle: input.serie.libelle } : {}) },
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
