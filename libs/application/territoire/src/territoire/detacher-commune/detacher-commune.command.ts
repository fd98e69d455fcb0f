import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DetacherCommuneInput } from './detacher-commune.input';

/** The application command of `detacherCommune`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DetacherCommuneCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DetacherCommuneInput>,
  ) {
    super();
  }
}
