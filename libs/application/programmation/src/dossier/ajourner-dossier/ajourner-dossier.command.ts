import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { AjournerDossierInput } from './ajourner-dossier.input';

/** The application command of `ajournerDossier`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AjournerDossierCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AjournerDossierInput>,
  ) {
    super();
  }
}
