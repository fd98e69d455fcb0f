import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type AnnexerDocument, contratDecider, contratStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AnnexerDocumentContratInput } from './annexer-document-contrat.input';

/** Use case: annex a document to the contract (admin). */
@Resolver()
export class AnnexerDocumentContratResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Annex a document to the contract. The payload id is the document id (given, else derived from commandId).',
  })
  @Permit('admin')
  annexerDocumentContrat(@Ctx() context: RequestContext, @Args('input') input: AnnexerDocumentContratInput): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const documentId = nouvelId('documentId', `document:${contratId}`, context.tenantId, input.documentId, input.commandId);
    const command: AnnexerDocument = {
      type: 'AnnexerDocument',
      data: { documentId, intitule: input.intitule, date: input.date ?? null, note: input.note ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision },
      documentId,
    );
  }
}
