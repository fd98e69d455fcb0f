import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { engagementDecider, engagementStream, type FixerCibleIndicateur } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { cible } from '../engagement.inputs';
import { FixerCibleIndicateurCommand } from './fixer-cible-indicateur.command';

/** Use case: set the target of an indicator of a commitment, for a year or period and breakdown (admin; changing a target needs a reason). */
@CommandHandler(FixerCibleIndicateurCommand)
export class FixerCibleIndicateurHandler implements ICommandHandler<FixerCibleIndicateurCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: FixerCibleIndicateurCommand): Promise<CommandPayload> {
    const engagementId = idValide('engagementId', input.engagementId);
    const command: FixerCibleIndicateur = {
      type: 'FixerCibleIndicateur',
      data: {
        indicateurId: input.indicateurId,
        annee: input.annee ?? null,
        periode: input.periode ?? null,
        ventilation: input.ventilation ?? null,
        cible: cible(input.cible),
        reference: input.reference ? { valeur: input.reference.valeur ?? null, libelle: input.reference.libelle } : null,
        qualificatif: input.qualificatif ?? null,
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = {
      decider: engagementDecider,
      stream: engagementStream(context.tenantId, engagementId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, engagementId, await this.decisions.decider(decision));
  }
}
