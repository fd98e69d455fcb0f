import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DeclarerChiffreInput } from './declarer-chiffre.input';

/** The application command of `declarerChiffre`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DeclarerChiffreCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DeclarerChiffreInput>,
  ) {
    super();
  }
}
