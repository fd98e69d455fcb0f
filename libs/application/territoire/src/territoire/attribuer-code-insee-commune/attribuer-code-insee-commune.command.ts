import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { AttribuerCodeInseeCommuneInput } from './attribuer-code-insee-commune.input';

/** The application command of `attribuerCodeInseeCommune`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AttribuerCodeInseeCommuneCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AttribuerCodeInseeCommuneInput>,
  ) {
    super();
  }
}
