import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { conventionDecider, conventionStream, type EngagerTranche } from '@cdv/domain-programmation';
import { idValide } from '@cdv/graphql-common';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { EngagerTrancheCommand } from './engager-tranche.command';

/** Use case: engage a tranche (staff, or the signing financeur's instructeur); the dossier's line is engaged at once. */
@CommandHandler(EngagerTrancheCommand)
export class EngagerTrancheHandler implements ICommandHandler<EngagerTrancheCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: EngagerTrancheCommand): Promise<CommandPayloadAvecEffets> {
    const conventionId = idValide('conventionId', input.conventionId);
    const command: EngagerTranche = {
      type: 'EngagerTranche',
      data: {
        conventionId,
        annee: input.annee,
        dossierId: idValide('dossierId', input.dossierId),
        ligneId: input.ligneId,
        // The line id names its financeur; the convention checks that this financeur signed.
        financeurId: input.ligneId.slice(0, Math.max(input.ligneId.lastIndexOf(':'), 0)),
        montant: input.montant,
        ...(input.numeroEngagementJuridique ? { numeroEngagementJuridique: input.numeroEngagementJuridique } : {}),
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.avecEffets(
      { decider: conventionDecider, stream: conventionStream(context.tenantId, conventionId), command, expectedRevision: input.expectedRevision },
      conventionId,
      () => 'dossierId',
    );
  }
}
