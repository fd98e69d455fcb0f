import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { conventionDecider, conventionStream, type SignerConvention } from '@cdv/domain-programmation';
import { nouvelId } from '@cdv/graphql-common';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { SignerConventionCommand } from './signer-convention.command';

/** Use case: sign a convention (EPCI staff); its dossiers become conventionnés in the same call. */
@CommandHandler(SignerConventionCommand)
export class SignerConventionHandler implements ICommandHandler<SignerConventionCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly referentiel: ReferentielProgrammation,
  ) {}

  async execute({ context, input }: SignerConventionCommand): Promise<CommandPayloadAvecEffets> {
    const metadata = this.ecritures.metadata(context, input);
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
    return this.ecritures.avecEffets(
      { decider: conventionDecider, stream: conventionStream(context.tenantId, conventionId), command, expectedRevision: input.expectedRevision },
      conventionId,
      (dossierId) => `dossiers[${index.get(dossierId) ?? 0}]`,
    );
  }
}
