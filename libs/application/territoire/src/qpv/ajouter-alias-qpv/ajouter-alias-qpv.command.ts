import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { AjouterAliasQpvInput } from './ajouter-alias-qpv.input';

/** The application command of `ajouterAliasQpv`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AjouterAliasQpvCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AjouterAliasQpvInput>,
  ) {
    super();
  }
}
