import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { JustifierFinancementInput } from './justifier-financement.input';

/** The application command of `justifierFinancement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class JustifierFinancementCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<JustifierFinancementInput>,
  ) {
    super();
  }
}
