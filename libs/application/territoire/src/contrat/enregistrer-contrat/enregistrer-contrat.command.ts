import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { EnregistrerContratInput } from './enregistrer-contrat.input';

/** The application command of `enregistrerContrat`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerContratCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerContratInput>,
  ) {
    super();
  }
}
