import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { EnregistrerAvenantInput } from './enregistrer-avenant.input';

/** The application command of `enregistrerAvenant`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerAvenantCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerAvenantInput>,
  ) {
    super();
  }
}
