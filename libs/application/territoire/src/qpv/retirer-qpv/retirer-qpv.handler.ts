import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { qpvDecider, qpvStream, type RetirerQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { RetirerQpvCommand } from './retirer-qpv.command';

/** Use case: take a quartier off the priority geography (admin; needs a reason). */
@CommandHandler(RetirerQpvCommand)
export class RetirerQpvHandler implements ICommandHandler<RetirerQpvCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RetirerQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RetirerQpv = {
      type: 'RetirerQpv',
      data: { dateEffet: input.dateEffet },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
