import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RenommerTerritoireInput } from './renommer-territoire.input';

/** The application command of `renommerTerritoire`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RenommerTerritoireCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RenommerTerritoireInput, 'acronyme' | 'nomUsuel'>,
  ) {
    super();
  }
}
