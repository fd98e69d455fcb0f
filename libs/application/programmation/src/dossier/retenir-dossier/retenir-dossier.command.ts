import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { RetenirDossierInput } from './retenir-dossier.input';

/** The application command of `retenirDossier`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RetenirDossierCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RetenirDossierInput>,
  ) {
    super();
  }
}
