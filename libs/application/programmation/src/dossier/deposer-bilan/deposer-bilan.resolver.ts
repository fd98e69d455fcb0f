import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { DeposerBilan } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { DeposerBilanInput } from './deposer-bilan.input';

/** Use case: the porteur files its bilan (or staff for it): en_cours → bilan_depose, one indicator event per value. */
@Resolver()
export class DeposerBilanResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'File the bilan of a running action.' })
  @Permit(...EPCI_ET_PORTEUR)
  deposerBilan(@Ctx() context: RequestContext, @Args('input') input: DeposerBilanInput): Promise<CommandPayload> {
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
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
