import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DeclarerQpvInput } from './declarer-qpv.input';

/** The application command of `declarerQpv`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DeclarerQpvCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DeclarerQpvInput>,
  ) {
    super();
  }
}
