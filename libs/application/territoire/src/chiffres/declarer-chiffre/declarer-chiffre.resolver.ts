import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { chiffresDecider, chiffresStream, type DeclarerChiffre } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DeclarerChiffreInput } from './declarer-chiffre.input';

/** Use case: record a figure printed in a source document, as printed (admin). */
@Resolver()
export class DeclarerChiffreResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Record a figure printed in a source document, as printed, with where it was read; the platform sets it beside what it computes. The payload id is the figure id.',
  })
  @Permit('admin')
  declarerChiffre(@Ctx() context: RequestContext, @Args('input') input: DeclarerChiffreInput): Promise<CommandPayload> {
    const documentId = idValide('documentId', input.documentId);
    const chiffreId = nouvelId('chiffreId', `chiffre:${documentId}`, context.tenantId, input.chiffreId, input.commandId);
    const command: DeclarerChiffre = {
      type: 'DeclarerChiffre',
      data: {
        documentId,
        chiffreId,
        cle: input.cle,
        libelle: input.libelle,
        valeurImprimee: input.valeurImprimee,
        valeur: input.valeur ?? null,
        unite: input.unite ?? null,
        qualificatif: input.qualificatif ?? null,
        dateReference: input.dateReference ?? null,
        ...(input.sujet ? { sujet: { type: input.sujet.type, id: input.sujet.id ?? null } } : {}),
        document: input.document,
        localisation: input.localisation,
      },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: chiffresDecider, stream: chiffresStream(context.tenantId, documentId), command, expectedRevision: input.expectedRevision },
      chiffreId,
    );
  }
}
