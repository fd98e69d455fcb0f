import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { PlanifierComite } from '@cdv/domain-programmation';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { PlanifierComiteCommand } from './planifier-comite.command';

/** Use case: plan a comité des financeurs in the appel's calendar (EPCI staff). */
@CommandHandler(PlanifierComiteCommand)
export class PlanifierComiteHandler implements ICommandHandler<PlanifierComiteCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: PlanifierComiteCommand): Promise<CommandPayload> {
    const command: PlanifierComite = {
      type: 'PlanifierComite',
      data: {
        annee: input.annee,
        comiteId: nouvelId('comiteId', 'comite', context.tenantId, input.comiteId, input.commandId),
        date: input.date,
        libelle: input.libelle,
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.appel(context, input, input.annee, command);
  }
}
