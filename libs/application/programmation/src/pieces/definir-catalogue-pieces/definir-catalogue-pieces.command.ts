import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DefinirCataloguePiecesInput } from './definir-catalogue-pieces.input';

/** The application command of `definirCataloguePieces`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirCataloguePiecesCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirCataloguePiecesInput>,
  ) {
    super();
  }
}
