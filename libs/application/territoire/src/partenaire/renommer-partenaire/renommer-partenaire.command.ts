import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RenommerPartenaireInput } from './renommer-partenaire.input';

/** The application command of `renommerPartenaire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RenommerPartenaireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RenommerPartenaireInput>,
  ) {
    super();
  }
}
