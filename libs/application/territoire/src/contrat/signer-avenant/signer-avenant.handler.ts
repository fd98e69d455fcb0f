import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { contratDecider, contratStream, type SignerAvenant } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { signature } from '../contrat.inputs';
import { SignerAvenantCommand } from './signer-avenant.command';

/** Use case: record the signatures of an avenant (admin). */
@CommandHandler(SignerAvenantCommand)
export class SignerAvenantHandler implements ICommandHandler<SignerAvenantCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: SignerAvenantCommand): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const avenantId = idValide('avenantId', input.avenantId);
    const command: SignerAvenant = {
      type: 'SignerAvenant',
      data: { avenantId, signeLe: input.signeLe ?? null, lieu: input.lieu ?? null, signatures: input.signatures.map(signature) },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, avenantId, await this.decisions.decider(decision));
  }
}
