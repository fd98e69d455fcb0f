import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { DeposerPieceInput } from './deposer-piece.input';

/** The application command of `deposerPiece`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DeposerPieceCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DeposerPieceInput>,
  ) {
    super();
  }
}
