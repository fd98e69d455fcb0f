import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { conventionDecider, conventionStream, type SignerConvention } from '@cdv/domain-programmation';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { SignerConventionInput } from './signer-convention.input';
import { nouvelId } from '@cdv/graphql-common';

/** Use case: sign a convention (EPCI staff); its dossiers become conventionnés in the same call. */
@Resolver()
export class SignerConventionResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  @Mutation(() => CommandPayloadAvecEffets, { nullable: true, description: 'Sign a convention or CPO; its dossiers move to conventionne (see `effets`).' })
  @Permit(...EPCI)
  async signerConvention(@Ctx() context: RequestContext, @Args('input') input: SignerConventionInput): Promise<CommandPayloadAvecEffets> {
    const metadata = this.commands.metadata(context, input);
    const conventionId = nouvelId('conventionId', 'convention', context.tenantId, input.conventionId, input.commandId);
    const [porteur, signataires] = await Promise.all([
      this.referentiel.porteur(context.tenantId, { field: 'porteurId', id: input.porteurId }),
      this.referentiel.financeurs(
        context.tenantId,
        input.signataires.map((id, index) => ({ field: `signataires[${index}]`, id })),
      ),
    ]);
    const command: SignerConvention = {
      type: 'SignerConvention',
      data: {
        conventionId,
        typeConvention: input.typeConvention,
        objet: input.objet,
        porteur,
        signataires,
        anneeDebut: input.anneeDebut,
        anneeFin: input.anneeFin,
        dateSignature: input.dateSignature,
        ...(input.numeroEngagementJuridique ? { numeroEngagementJuridique: input.numeroEngagementJuridique } : {}),
        dossiers: input.dossiers.map((dossier) => ({ dossierId: dossier.dossierId, annee: dossier.annee })),
      },
      metadata,
    };
    const index = new Map(input.dossiers.map((dossier, position) => [dossier.dossierId, position]));
    return this.commands.avecEffets(
      { decider: conventionDecider, stream: conventionStream(context.tenantId, conventionId), command, expectedRevision: input.expectedRevision },
      conventionId,
      (dossierId) => `dossiers[${index.get(dossierId) ?? 0}]`,
    );
  }
}
