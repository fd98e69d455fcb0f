import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RemplacerQpvInput } from './remplacer-qpv.input';

/** The application command of `remplacerQpv`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RemplacerQpvCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RemplacerQpvInput>,
  ) {
    super();
  }
}
