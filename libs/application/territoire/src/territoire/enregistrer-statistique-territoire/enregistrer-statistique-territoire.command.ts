import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { EnregistrerStatistiqueTerritoireInput } from './enregistrer-statistique-territoire.input';

/** The application command of `enregistrerStatistiqueTerritoire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerStatistiqueTerritoireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerStatistiqueTerritoireInput>,
  ) {
    super();
  }
}
