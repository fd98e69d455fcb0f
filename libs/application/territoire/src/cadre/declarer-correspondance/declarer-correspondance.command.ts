import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DeclarerCorrespondanceInput } from './declarer-correspondance.input';

/** The application command of `declarerCorrespondance`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DeclarerCorrespondanceCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DeclarerCorrespondanceInput>,
  ) {
    super();
  }
}
