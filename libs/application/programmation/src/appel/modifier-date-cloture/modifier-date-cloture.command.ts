import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { ModifierDateClotureInput } from './modifier-date-cloture.input';

/** The application command of `modifierDateCloture`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ModifierDateClotureCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ModifierDateClotureInput>,
  ) {
    super();
  }
}
