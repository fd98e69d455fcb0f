import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RattacherCommuneInput } from './rattacher-commune.input';

/** The application command of `rattacherCommune`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RattacherCommuneCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RattacherCommuneInput>,
  ) {
    super();
  }
}
