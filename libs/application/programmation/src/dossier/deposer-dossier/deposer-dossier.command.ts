import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { DeposerDossierInput } from './deposer-dossier.input';

/** The application command of `deposerDossier`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DeposerDossierCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DeposerDossierInput>,
  ) {
    super();
  }
}
