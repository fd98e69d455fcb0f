import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { ChangerRolesPartenaireInput } from './changer-roles-partenaire.input';

/** The application command of `changerRolesPartenaire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ChangerRolesPartenaireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ChangerRolesPartenaireInput, 'categorieFinanceur'>,
  ) {
    super();
  }
}
