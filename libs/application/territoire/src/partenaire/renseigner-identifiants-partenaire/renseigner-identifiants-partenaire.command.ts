import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RenseignerIdentifiantsPartenaireInput } from './renseigner-identifiants-partenaire.input';

/** The application command of `renseignerIdentifiantsPartenaire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RenseignerIdentifiantsPartenaireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RenseignerIdentifiantsPartenaireInput, 'rna' | 'siren' | 'siret'>,
  ) {
    super();
  }
}
