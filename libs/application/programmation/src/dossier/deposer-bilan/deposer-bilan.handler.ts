import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DeposerBilan } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DeposerBilanCommand } from './deposer-bilan.command';

/** Use case: the porteur files its bilan (or staff for it): en_cours → bilan_depose, one indicator event per value. */
@CommandHandler(DeposerBilanCommand)
export class DeposerBilanHandler implements ICommandHandler<DeposerBilanCommand> {
  constructor(private readonly ecritures: EcrituresProgrammation) {}

  execute({ context, input }: DeposerBilanCommand): Promise<CommandPayload> {
    const { beneficiaires } = input;
    const command: DeposerBilan = {
      type: 'DeposerBilan',
      data: {
        dossierId: input.dossierId,
        coutRealise: input.coutRealise,
        beneficiaires: {
          total: beneficiaires.total,
          femmes: beneficiaires.femmes,
          hommes: beneficiaires.hommes,
          nonRenseigne: beneficiaires.nonRenseigne,
          parTrancheAge: (beneficiaires.parTrancheAge ?? []).map((tranche) => ({ tranche: tranche.tranche, nombre: tranche.nombre })),
          residentsQpv: beneficiaires.residentsQpv,
        },
        indicateurs: (input.indicateurs ?? []).map((indicateur) => ({
          indicateurId: indicateur.indicateurId,
          libelle: indicateur.libelle,
          valeur: indicateur.valeur,
          ...(indicateur.unite ? { unite: indicateur.unite } : {}),
        })),
        recit: input.recit,
      },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
