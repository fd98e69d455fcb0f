import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { ProposerFinancementInput } from './proposer-financement.input';

/** The application command of `proposerFinancement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ProposerFinancementCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ProposerFinancementInput>,
  ) {
    super();
  }
}
