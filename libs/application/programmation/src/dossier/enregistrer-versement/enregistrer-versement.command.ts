import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { EnregistrerVersementInput } from './enregistrer-versement.input';

/** The application command of `enregistrerVersement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerVersementCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerVersementInput>,
  ) {
    super();
  }
}
