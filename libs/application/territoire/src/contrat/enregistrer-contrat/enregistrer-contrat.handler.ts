import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contratDecider, contratStream, type EnregistrerContrat } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { periode } from '../contrat.inputs';
import { EnregistrerContratCommand } from './enregistrer-contrat.command';

/** Use case: register the contrat de ville (admin). */
@CommandHandler(EnregistrerContratCommand)
export class EnregistrerContratHandler implements ICommandHandler<EnregistrerContratCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: EnregistrerContratCommand): Promise<CommandPayload> {
    const contratId = nouvelId('contratId', 'contrat', context.tenantId, input.contratId, input.commandId);
    const command: EnregistrerContrat = {
      type: 'EnregistrerContrat',
      data: { contratId, intitule: input.intitule, periode: periode(input.periode) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, contratId, await this.decisions.decider(decision));
  }
}
