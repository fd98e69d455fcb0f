import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { RemplacerPieceInput } from './remplacer-piece.input';

/** The application command of `remplacerPiece`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RemplacerPieceCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RemplacerPieceInput>,
  ) {
    super();
  }
}
