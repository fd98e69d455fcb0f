import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { ArreterRapportInput } from './arreter-rapport.input';

/** The application command of `arreterRapport`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ArreterRapportCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ArreterRapportInput>,
  ) {
    super();
  }
}
