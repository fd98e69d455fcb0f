import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { qpvDecider, qpvStream, type RenommerQpv } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { RenommerQpvCommand } from './renommer-qpv.command';

/** Use case: rename a quartier on the map (admin; the former name stays an alias). */
@CommandHandler(RenommerQpvCommand)
export class RenommerQpvHandler implements ICommandHandler<RenommerQpvCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RenommerQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: RenommerQpv = {
      type: 'RenommerQpv',
      data: { nom: input.nom },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
