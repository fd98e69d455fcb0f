import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { RattacherASerieInput } from './rattacher-a-serie.input';

/** The application command of `rattacherASerie`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RattacherASerieCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RattacherASerieInput>,
  ) {
    super();
  }
}
