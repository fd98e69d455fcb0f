import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { EnregistrerAvisInput } from './enregistrer-avis.input';

/** The application command of `enregistrerAvisRapport`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EnregistrerAvisCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EnregistrerAvisInput>,
  ) {
    super();
  }
}
