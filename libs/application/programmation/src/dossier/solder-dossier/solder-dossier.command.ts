import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { SolderDossierInput } from './solder-dossier.input';

/** The application command of `solderDossier`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class SolderDossierCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<SolderDossierInput>,
  ) {
    super();
  }
}
