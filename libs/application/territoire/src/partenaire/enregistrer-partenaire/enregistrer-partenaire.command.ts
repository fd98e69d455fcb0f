import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { EnregistrerPartenaireInput } from './enregistrer-partenaire.input';

/** The application command of `enregistrerPartenaire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerPartenaireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerPartenaireInput>,
  ) {
    super();
  }
}
