import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DeclarerPredecesseurInput } from './declarer-predecesseur.input';

/** The application command of `declarerPredecesseur`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DeclarerPredecesseurCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DeclarerPredecesseurInput>,
  ) {
    super();
  }
}
