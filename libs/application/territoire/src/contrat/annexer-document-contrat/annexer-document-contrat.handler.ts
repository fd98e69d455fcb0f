import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AnnexerDocument, contratDecider, contratStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { AnnexerDocumentContratCommand } from './annexer-document-contrat.command';

/** Use case: annex a document to the contract (admin). */
@CommandHandler(AnnexerDocumentContratCommand)
export class AnnexerDocumentContratHandler implements ICommandHandler<AnnexerDocumentContratCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AnnexerDocumentContratCommand): Promise<CommandPayload> {
    const contratId = idValide('contratId', input.contratId);
    const documentId = nouvelId('documentId', `document:${contratId}`, context.tenantId, input.documentId, input.commandId);
    const command: AnnexerDocument = {
      type: 'AnnexerDocument',
      data: { documentId, intitule: input.intitule, date: input.date ?? null, note: input.note ?? null },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: contratDecider, stream: contratStream(context.tenantId, contratId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, documentId, await this.decisions.decider(decision));
  }
}
