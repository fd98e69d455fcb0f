import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DetacherCommuneQpvInput } from './detacher-commune-qpv.input';

/** The application command of `detacherCommuneQpv`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DetacherCommuneQpvCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DetacherCommuneQpvInput>,
  ) {
    super();
  }
}
