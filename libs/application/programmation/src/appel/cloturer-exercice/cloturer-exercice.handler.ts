import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CloturerExercice } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { anneeValide } from '../../shared/annee';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { CloturerExerciceCommand } from './cloturer-exercice.command';

/** Use case: close the year (EPCI staff); the application counts the dossiers not soldé, the appel decides. */
@CommandHandler(CloturerExerciceCommand)
export class CloturerExerciceHandler implements ICommandHandler<CloturerExerciceCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  async execute({ context, input }: CloturerExerciceCommand): Promise<CommandPayload> {
    const dossiersNonSoldes = await this.contexte.dossiersNonSoldes(context.tenantId, anneeValide('annee', input.annee));
    const command: CloturerExercice = {
      type: 'CloturerExercice',
      data: { annee: input.annee, dossiersNonSoldes },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.appel(context, input, input.annee, command);
  }
}
