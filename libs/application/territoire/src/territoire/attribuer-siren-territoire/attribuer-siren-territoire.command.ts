import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { AttribuerSirenTerritoireInput } from './attribuer-siren-territoire.input';

/** The application command of `attribuerSirenTerritoire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AttribuerSirenTerritoireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AttribuerSirenTerritoireInput>,
  ) {
    super();
  }
}
