import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DefinirReglesFinancementInput } from './definir-regles-financement.input';

/** The application command of `definirReglesFinancement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirReglesFinancementCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirReglesFinancementInput>,
  ) {
    super();
  }
}
