import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { qpvDecider, qpvStream, type RattacherCommuneQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { RattacherCommuneQpvCommand } from './rattacher-commune-qpv.command';

/** Use case: add a commune to a quartier (admin). */
@CommandHandler(RattacherCommuneQpvCommand)
export class RattacherCommuneQpvHandler implements ICommandHandler<RattacherCommuneQpvCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RattacherCommuneQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RattacherCommuneQpv = {
      type: 'RattacherCommuneQpv',
      data: { commune: communeRef(input.commune) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
