import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { DemarrerActionInput } from './demarrer-action.input';

/** The application command of `demarrerAction`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DemarrerActionCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DemarrerActionInput>,
  ) {
    super();
  }
}
