import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { DeposerDossier, DossierChamps } from '@cdv/domain-programmation';
import { ApiError, CommandPayload, nouvelId } from '@cdv/graphql-common';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { anneeValide } from '../../shared/annee';
import { ReferentielProgrammation } from '../../shared/referentiel.service';
import { champsDe } from '../champs-dossier';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { DeposerDossierCommand } from './deposer-dossier.command';

/**
 * Use case: deposit a dossier (porteur for its organisation, or EPCI staff for any porteur). The application reads
 * the appel's state from its stream and the porteur's label from the référentiel; the decider rules on dates.
 */
@CommandHandler(DeposerDossierCommand)
export class DeposerDossierHandler implements ICommandHandler<DeposerDossierCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly referentiel: ReferentielProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  async execute({ context, input }: DeposerDossierCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const porteurId = input.porteurId ?? (context.role === 'porteur' ? context.membership.organisationId : undefined);
    if (!porteurId) throw new ApiError('VALIDATION_FAILED', 'porteurId is required', { field: 'porteurId' });
    const dossierId = nouvelId('dossierId', 'dossier', context.tenantId, input.dossierId, input.commandId);
    // Validated before the lookups start: a synchronous throw among them would leave their promises unhandled.
    const annee = anneeValide('annee', input.annee);
    const [porteur, champs, appel] = await Promise.all([
      this.referentiel.porteur(context.tenantId, { field: 'porteurId', id: porteurId }),
      champsDe(this.referentiel, context.tenantId, { ...input, intercommunal: input.intercommunal ?? false, communes: input.communes ?? [] }),
      this.contexte.appelLu(context.tenantId, annee),
    ]);
    const command: DeposerDossier = {
      type: 'DeposerDossier',
      data: {
        dossierId,
        annee: input.annee,
        porteur,
        ...(champs as DossierChamps),
        description: champs.description ?? '',
        publics: champs.publics ?? [],
        qpv: champs.qpv ?? [],
        classement: champs.classement ?? {},
        nombreActions: champs.nombreActions ?? 1,
        ...(input.serie ? { serie: { id: input.serie.id, rang: input.serie.rang, ...(input.serie.libelle ? { libelle: input.serie.libelle } : {}) } } : {}),
        ...(input.referenceExterne ? { referenceExterne: input.referenceExterne } : {}),
        ...(input.origine ? { origine: { dossierId: input.origine.dossierId, annee: input.origine.annee } } : {}),
        contexte: { appel },
      },
      metadata,
    };
    return this.ecritures.deposer(context, input, dossierId, command);
  }
}
