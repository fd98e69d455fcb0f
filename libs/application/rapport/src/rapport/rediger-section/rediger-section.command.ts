import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RedigerSectionInput } from './rediger-section.input';

/** The application command of `redigerSectionRapport`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RedigerSectionCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RedigerSectionInput>,
  ) {
    super();
  }
}
