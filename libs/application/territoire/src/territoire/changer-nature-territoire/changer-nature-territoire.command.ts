import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { ChangerNatureTerritoireInput } from './changer-nature-territoire.input';

/** The application command of `changerNatureTerritoire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ChangerNatureTerritoireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ChangerNatureTerritoireInput>,
  ) {
    super();
  }
}
