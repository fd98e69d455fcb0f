import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DefinirLibelleAfficheInput } from './definir-libelle-affiche.input';

/** The application command of `definirLibelleAffiche`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirLibelleAfficheCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirLibelleAfficheInput>,
  ) {
    super();
  }
}
