import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { FixerEnveloppeInput } from './fixer-enveloppe.input';

/** The application command of `fixerEnveloppe`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class FixerEnveloppeCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<FixerEnveloppeInput>,
  ) {
    super();
  }
}
