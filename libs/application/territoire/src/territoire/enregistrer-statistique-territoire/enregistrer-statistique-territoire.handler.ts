import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type EnregistrerStatistiqueTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { statistique } from '../../shared/inputs';
import { EnregistrerStatistiqueTerritoireCommand } from './enregistrer-statistique-territoire.command';

/** Use case: record a statistic of the territory (admin; a different value for the same key is a correction and needs a reason). */
@CommandHandler(EnregistrerStatistiqueTerritoireCommand)
export class EnregistrerStatistiqueTerritoireHandler implements ICommandHandler<EnregistrerStatistiqueTerritoireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: EnregistrerStatistiqueTerritoireCommand): Promise<CommandPayload> {
    const command: EnregistrerStatistiqueTerritoire = {
      type: 'EnregistrerStatistiqueTerritoire',
      data: { statistique: statistique(input.statistique) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
