import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RenseignerValeurIndicateurInput } from './renseigner-valeur-indicateur.input';

/** The application command of `renseignerValeurIndicateur`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RenseignerValeurIndicateurCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RenseignerValeurIndicateurInput>,
  ) {
    super();
  }
}
