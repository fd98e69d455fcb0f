import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { DeposerBilanInput } from './deposer-bilan.input';

/** The application command of `deposerBilan`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DeposerBilanCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DeposerBilanInput>,
  ) {
    super();
  }
}
