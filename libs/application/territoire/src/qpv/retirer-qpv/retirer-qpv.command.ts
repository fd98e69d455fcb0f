import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RetirerQpvInput } from './retirer-qpv.input';

/** The application command of `retirerQpv`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RetirerQpvCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RetirerQpvInput>,
  ) {
    super();
  }
}
