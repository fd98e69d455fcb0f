import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { OuvrirEspaceDeTravailInput } from './ouvrir-espace-de-travail.input';

/** The application command of `ouvrirEspaceDeTravail`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class OuvrirEspaceDeTravailCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<OuvrirEspaceDeTravailInput>,
  ) {
    super();
  }
}
