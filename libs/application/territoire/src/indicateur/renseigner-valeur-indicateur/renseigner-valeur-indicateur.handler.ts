import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { indicateurDecider, indicateurStream, type RenseignerValeurIndicateur } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { ventilation } from '../indicateur.inputs';
import { RenseignerValeurIndicateurCommand } from './renseigner-valeur-indicateur.command';

/** Use case: report a value of an indicator (admin or agent; a different value for the same year, date, breakdown and engagement is a correction and needs a reason). */
@CommandHandler(RenseignerValeurIndicateurCommand)
export class RenseignerValeurIndicateurHandler implements ICommandHandler<RenseignerValeurIndicateurCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RenseignerValeurIndicateurCommand): Promise<CommandPayload> {
    const indicateurId = idValide('indicateurId', input.indicateurId);
    const command: RenseignerValeurIndicateur = {
      type: 'RenseignerValeurIndicateur',
      data: {
        annee: input.annee ?? null,
        date: input.date ?? null,
        ventilation: ventilation(input.ventilation),
        engagementId: input.engagementId ?? null,
        valeur: input.valeur ?? null,
        valeurImprimee: input.valeurImprimee ?? null,
        qualificatif: input.qualificatif ?? null,
        source: input.source,
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = {
      decider: indicateurDecider,
      stream: indicateurStream(context.tenantId, indicateurId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, indicateurId, await this.decisions.decider(decision));
  }
}
