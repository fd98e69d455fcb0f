import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { AjouterSignataireInput } from './ajouter-signataire.input';

/** The application command of `ajouterSignataire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AjouterSignataireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AjouterSignataireInput>,
  ) {
    super();
  }
}
