import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { EnregistrerOperationInput } from './enregistrer-operation.input';

/** The application command of `enregistrerOperationDispositif`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerOperationCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerOperationInput>,
  ) {
    super();
  }
}
