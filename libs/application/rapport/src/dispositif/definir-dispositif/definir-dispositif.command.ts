import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DefinirDispositifInput } from './definir-dispositif.input';

/** The application command of `definirDispositif`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirDispositifCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirDispositifInput>,
  ) {
    super();
  }
}
