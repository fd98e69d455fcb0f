import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AttribuerCodeQpv, qpvDecider, qpvStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { ReadModelsService, Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { verifierCodeQpvLibre } from '../code-qpv-libre';
import { AttribuerCodeQpvCommand } from './attribuer-code-qpv.command';

/** Use case: attach the official code to a QPV (admin; replacing a code needs a reason). */
@CommandHandler(AttribuerCodeQpvCommand)
export class AttribuerCodeQpvHandler implements ICommandHandler<AttribuerCodeQpvCommand> {
  constructor(
    private readonly decisions: Decisions,
    private readonly readModels: ReadModelsService,
  ) {}

  async execute({ context, input }: AttribuerCodeQpvCommand): Promise<CommandPayload> {
    const qpvId = idValide('qpvId', input.qpvId);
    await verifierCodeQpvLibre(this.readModels, context.tenantId, input.code, qpvId);
    const command: AttribuerCodeQpv = {
      type: 'AttribuerCodeQpv',
      data: { code: input.code },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: qpvDecider, stream: qpvStream(context.tenantId, qpvId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, qpvId, await this.decisions.decider(decision));
  }
}
