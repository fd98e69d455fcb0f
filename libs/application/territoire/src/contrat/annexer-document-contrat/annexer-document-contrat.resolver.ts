import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { AnnexerDocumentContratInput } from './annexer-document-contrat.input';
import { AnnexerDocumentContratCommand } from './annexer-document-contrat.command';

/** Use case: annex a document to the contract (admin). */
@Resolver()
export class AnnexerDocumentContratResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Annex a document to the contract. The payload id is the document id (given, else derived from commandId).',
  })
  @Permit('admin')
  annexerDocumentContrat(@Ctx() context: RequestContext, @Args('input') input: AnnexerDocumentContratInput): Promise<CommandPayload> {
    return this.commandBus.execute(new AnnexerDocumentContratCommand(context, sansNull(input)));
  }
}
