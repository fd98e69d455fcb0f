import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { OuvrirTerritoireInput } from './ouvrir-territoire.input';

/** The application command of `ouvrirTerritoire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class OuvrirTerritoireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<OuvrirTerritoireInput>,
  ) {
    super();
  }
}
