import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DetacherCommuneQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { DetacherCommuneQpvCommand } from './detacher-commune-qpv.command';

/** Use case: remove a commune from a quartier (admin; never its last one). */
@CommandHandler(DetacherCommuneQpvCommand)
export class DetacherCommuneQpvHandler implements ICommandHandler<DetacherCommuneQpvCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DetacherCommuneQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: DetacherCommuneQpv = {
      type: 'DetacherCommuneQpv',
      data: { commune: communeRef(input.commune) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
