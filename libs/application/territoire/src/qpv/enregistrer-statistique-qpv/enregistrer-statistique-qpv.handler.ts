import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type EnregistrerStatistiqueQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { statistique } from '../../shared/inputs';
import { EnregistrerStatistiqueQpvCommand } from './enregistrer-statistique-qpv.command';

/** Use case: record a statistic of a quartier (admin; correcting a value needs a reason). */
@CommandHandler(EnregistrerStatistiqueQpvCommand)
export class EnregistrerStatistiqueQpvHandler implements ICommandHandler<EnregistrerStatistiqueQpvCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: EnregistrerStatistiqueQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: EnregistrerStatistiqueQpv = {
      type: 'EnregistrerStatistiqueQpv',
      data: { statistique: statistique(input.statistique) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
