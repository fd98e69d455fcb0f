import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { qpvDecider, qpvStream, type RemplacerQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { lienQpv } from '../qpv.inputs';
import { RemplacerQpvCommand } from './remplacer-qpv.command';

/** Use case: record the quartiers of the next geography that replace a QPV (admin). */
@CommandHandler(RemplacerQpvCommand)
export class RemplacerQpvHandler implements ICommandHandler<RemplacerQpvCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RemplacerQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RemplacerQpv = {
      type: 'RemplacerQpv',
      data: { successeurs: input.successeurs.map(lienQpv), dateEffet: input.dateEffet },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
