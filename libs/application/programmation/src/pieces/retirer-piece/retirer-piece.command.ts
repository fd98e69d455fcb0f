import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { RetirerPieceInput } from './retirer-piece.input';

/** The application command of `retirerPiece`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RetirerPieceCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RetirerPieceInput>,
  ) {
    super();
  }
}
