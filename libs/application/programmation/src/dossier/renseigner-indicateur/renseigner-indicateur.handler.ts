import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RenseignerIndicateur } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { RenseignerIndicateurCommand } from './renseigner-indicateur.command';

/** Use case: record an indicator value (porteur or staff); changing a value needs a reason. */
@CommandHandler(RenseignerIndicateurCommand)
export class RenseignerIndicateurHandler implements ICommandHandler<RenseignerIndicateurCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: RenseignerIndicateurCommand): Promise<CommandPayload> {
    const command: RenseignerIndicateur = {
      type: 'RenseignerIndicateur',
      data: {
        dossierId: input.dossierId,
        indicateurId: input.indicateurId,
        libelle: input.libelle,
        valeur: input.valeur,
        ...(input.unite ? { unite: input.unite } : {}),
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
