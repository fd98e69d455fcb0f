import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { AjouterObjectifInput } from './ajouter-objectif.input';

/** The application command of `ajouterObjectif`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AjouterObjectifCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AjouterObjectifInput>,
  ) {
    super();
  }
}
