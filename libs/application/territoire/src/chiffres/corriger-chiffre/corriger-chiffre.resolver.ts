import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { chiffresDecider, chiffresStream, type CorrigerChiffre } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { CorrigerChiffreInput } from './corriger-chiffre.input';

/** Use case: correct a figure mis-read from its document (admin; needs a reason). */
@Resolver()
export class CorrigerChiffreResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Correct a figure mis-read from its document; needs a reason. Fields left out stay as they are.',
  })
  @Permit('admin')
  corrigerChiffre(@Ctx() context: RequestContext, @Args('input') input: CorrigerChiffreInput): Promise<CommandPayload> {
    const documentId = idValide('documentId', input.documentId);
    const chiffreId = idValide('chiffreId', input.chiffreId);
    const command: CorrigerChiffre = {
      type: 'CorrigerChiffre',
      data: {
        chiffreId,
        ...(input.valeurImprimee != null ? { valeurImprimee: input.valeurImprimee } : {}),
        ...(input.valeur !== undefined ? { valeur: input.valeur } : {}),
        ...(input.localisation != null ? { localisation: input.localisation } : {}),
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: chiffresDecider, stream: chiffresStream(context.tenantId, documentId), command, expectedRevision: input.expectedRevision },
      chiffreId,
    );
  }
}
