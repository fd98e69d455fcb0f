import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { ModifierDossierInput } from './modifier-dossier.input';

/** The application command of `modifierDossier`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ModifierDossierCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ModifierDossierInput>,
  ) {
    super();
  }
}
