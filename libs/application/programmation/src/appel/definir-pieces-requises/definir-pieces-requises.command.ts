import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { DefinirPiecesRequisesInput } from './definir-pieces-requises.input';

/** The application command of `definirPiecesRequises`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirPiecesRequisesCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirPiecesRequisesInput>,
  ) {
    super();
  }
}
