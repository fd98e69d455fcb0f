import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { RenseignerIndicateurInput } from './renseigner-indicateur.input';

/** The application command of `renseignerIndicateur`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RenseignerIndicateurCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RenseignerIndicateurInput>,
  ) {
    super();
  }
}
