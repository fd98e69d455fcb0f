import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { conventionDecider, conventionStream, type RattacherDossierAConvention } from '@cdv/domain-programmation';
import { idValide } from '@cdv/graphql-common';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RattacherDossierAConventionCommand } from './rattacher-dossier-a-convention.command';

/** Use case: link a later year's dossier to a CPO (EPCI staff); the dossier becomes conventionné in the same call. */
@CommandHandler(RattacherDossierAConventionCommand)
export class RattacherDossierAConventionHandler implements ICommandHandler<RattacherDossierAConventionCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: RattacherDossierAConventionCommand): Promise<CommandPayloadAvecEffets> {
    const conventionId = idValide('conventionId', input.conventionId);
    const command: RattacherDossierAConvention = {
      type: 'RattacherDossierAConvention',
      data: { conventionId, dossierId: idValide('dossierId', input.dossierId), annee: input.annee },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.avecEffets(
      { decider: conventionDecider, stream: conventionStream(context.tenantId, conventionId), command, expectedRevision: input.expectedRevision },
      conventionId,
      () => 'dossierId',
    );
  }
}
