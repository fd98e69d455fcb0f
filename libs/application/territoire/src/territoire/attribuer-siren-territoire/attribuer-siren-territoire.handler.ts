import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AttribuerSirenTerritoire, territoireDecider, territoireStream } from '@cdv/domain-territoire';
import { CommandPayload } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { AttribuerSirenTerritoireCommand } from './attribuer-siren-territoire.command';

/** Use case: attach the EPCI's SIREN (admin; replacing a known one needs a reason). */
@CommandHandler(AttribuerSirenTerritoireCommand)
export class AttribuerSirenTerritoireHandler implements ICommandHandler<AttribuerSirenTerritoireCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AttribuerSirenTerritoireCommand): Promise<CommandPayload> {
    const command: AttribuerSirenTerritoire = {
      type: 'AttribuerSirenTerritoire',
      data: { siren: input.siren },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: territoireDecider, stream: territoireStream(context.tenantId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, context.tenantId, await this.decisions.decider(decision));
  }
}
