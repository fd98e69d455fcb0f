import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { EnregistrerStatistiqueQpvInput } from './enregistrer-statistique-qpv.input';

/** The application command of `enregistrerStatistiqueQpv`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerStatistiqueQpvCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerStatistiqueQpvInput>,
  ) {
    super();
  }
}
