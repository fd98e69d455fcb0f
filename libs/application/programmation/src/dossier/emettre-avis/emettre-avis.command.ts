import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { EmettreAvisInput } from './emettre-avis.input';

/** The application command of `emettreAvis`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class EmettreAvisCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<EmettreAvisInput>,
  ) {
    super();
  }
}
