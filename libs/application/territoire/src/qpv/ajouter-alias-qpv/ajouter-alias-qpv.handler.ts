import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AjouterAliasQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { AjouterAliasQpvCommand } from './ajouter-alias-qpv.command';

/** Use case: record another spelling of a quartier (admin). */
@CommandHandler(AjouterAliasQpvCommand)
export class AjouterAliasQpvHandler implements ICommandHandler<AjouterAliasQpvCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AjouterAliasQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    const command: AjouterAliasQpv = {
      type: 'AjouterAliasQpv',
      data: { alias: input.alias },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
