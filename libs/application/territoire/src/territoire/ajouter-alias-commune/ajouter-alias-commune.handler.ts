import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AjouterAliasCommune, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { communeRef } from '../../shared/inputs';
import { AjouterAliasCommuneCommand } from './ajouter-alias-commune.command';

/** Use case: record another spelling of a commune (admin). */
@CommandHandler(AjouterAliasCommuneCommand)
export class AjouterAliasCommuneHandler implements ICommandHandler<AjouterAliasCommuneCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AjouterAliasCommuneCommand): Promise<CommandPayload> {
    const command: AjouterAliasCommune = {
      type: 'AjouterAliasCommune',
      data: { commune: communeRef(input.commune), alias: input.alias },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
