import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { CloreAppelAProjetsInput } from './clore-appel-a-projets.input';

/** The application command of `cloreAppelAProjets`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class CloreAppelAProjetsCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<CloreAppelAProjetsInput>,
  ) {
    super();
  }
}
