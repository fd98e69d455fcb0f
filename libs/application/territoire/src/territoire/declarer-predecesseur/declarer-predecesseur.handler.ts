import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type DeclarerPredecesseur, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { predecesseur } from '../territoire.inputs';
import { DeclarerPredecesseurCommand } from './declarer-predecesseur.command';

/** Use case: declare an EPCI this one comes from (admin). */
@CommandHandler(DeclarerPredecesseurCommand)
export class DeclarerPredecesseurHandler implements ICommandHandler<DeclarerPredecesseurCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DeclarerPredecesseurCommand): Promise<CommandPayload> {
    const command: DeclarerPredecesseur = {
      type: 'DeclarerPredecesseur',
      data: { predecesseur: predecesseur(input.predecesseur) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
