import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { AjouterAliasPartenaireInput } from './ajouter-alias-partenaire.input';

/** The application command of `ajouterAliasPartenaire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AjouterAliasPartenaireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AjouterAliasPartenaireInput>,
  ) {
    super();
  }
}
