import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { NePasRetenirDossierInput } from './ne-pas-retenir-dossier.input';

/** The application command of `nePasRetenirDossier`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class NePasRetenirDossierCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<NePasRetenirDossierInput>,
  ) {
    super();
  }
}
