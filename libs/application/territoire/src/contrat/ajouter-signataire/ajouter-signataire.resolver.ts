import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AjouterSignataire, contratDecider, contratStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { signataire } from '../contrat.inputs';
import { AjouterSignataireInput } from './ajouter-signataire.input';

/** Use case: add a signatory to a signed contract (admin; needs a reason). */
@Resolver()
export class AjouterSignataireResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Add a signatory to the signed contract; needs a reason.' })
  @Permit('admin')
  ajouterSignataire(@Ctx() context: RequestContext, @Args('input') input: AjouterSignataireInput): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const command: AjouterSignataire = {
      type: 'AjouterSignataire',
      data: { signataire: signataire(input.signataire), depuis: input.depuis ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      contratId,
    );
  }
}
