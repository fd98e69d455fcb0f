import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { contratDecider, contratStream, type SignerContrat } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { signataire } from '../contrat.inputs';
import { SignerContratInput } from './signer-contrat.input';

/** Use case: record the signature of the contract (admin). */
@Resolver()
export class SignerContratResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the signature of the contract: its signatories, or only their stated number.' })
  @Permit('admin')
  signerContrat(@Ctx() context: RequestContext, @Args('input') input: SignerContratInput): Promise<CommandPayload> {
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
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      contratId,
    );
  }
}
