import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { FixerCibleIndicateurInput } from './fixer-cible-indicateur.input';

/** The application command of `fixerCibleIndicateur`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class FixerCibleIndicateurCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<FixerCibleIndicateurInput>,
  ) {
    super();
  }
}
