import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { OuvrirAppelAProjetsInput } from './ouvrir-appel-a-projets.input';

/** The application command of `ouvrirAppelAProjets`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class OuvrirAppelAProjetsCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<OuvrirAppelAProjetsInput>,
  ) {
    super();
  }
}
