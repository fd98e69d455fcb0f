import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { contratDecider, contratStream, type SignerAvenant } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { signature } from '../contrat.inputs';
import { SignerAvenantInput } from './signer-avenant.input';

/** Use case: record the signatures of an avenant (admin). */
@Resolver()
export class SignerAvenantResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the signatures of an avenant (possibly gathered over months).' })
  @Permit('admin')
  signerAvenant(@Ctx() context: RequestContext, @Args('input') input: SignerAvenantInput): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const avenantId = idValide('avenantId', input.avenantId);
    const command: SignerAvenant = {
      type: 'SignerAvenant',
      data: { avenantId, signeLe: input.signeLe ?? null, lieu: input.lieu ?? null, signatures: input.signatures.map(signature) },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      avenantId,
    );
  }
}
