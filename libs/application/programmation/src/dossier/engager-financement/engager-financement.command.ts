import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { EngagerFinancementInput } from './engager-financement.input';

/** The application command of `engagerFinancement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EngagerFinancementCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EngagerFinancementInput>,
  ) {
    super();
  }
}
