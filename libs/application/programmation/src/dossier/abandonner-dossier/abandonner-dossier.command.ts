import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { AbandonnerDossierInput } from './abandonner-dossier.input';

/** The application command of `abandonnerDossier`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AbandonnerDossierCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AbandonnerDossierInput>,
  ) {
    super();
  }
}
