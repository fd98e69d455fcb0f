import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contratDecider, contratStream, type SignerContrat } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { signataire } from '../contrat.inputs';
import { SignerContratCommand } from './signer-contrat.command';

/** Use case: record the signature of the contract (admin). */
@CommandHandler(SignerContratCommand)
export class SignerContratHandler implements ICommandHandler<SignerContratCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: SignerContratCommand): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const command: SignerContrat = {
      type: 'SignerContrat',
      data: {
        signeLe: input.signeLe ?? null,
        lieu: input.lieu ?? null,
        signataires: (input.signataires ?? []).map(signataire),
        nombreSignatairesDeclare: input.nombreSignatairesDeclare ?? null,
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, contratId, await this.decisions.decider(decision));
  }
}
