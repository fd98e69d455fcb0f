import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { ConvoquerComiteInput } from './convoquer-comite.input';

/** The application command of `convoquerComite`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ConvoquerComiteCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ConvoquerComiteInput>,
  ) {
    super();
  }
}
