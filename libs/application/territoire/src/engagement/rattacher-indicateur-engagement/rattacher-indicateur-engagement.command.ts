import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RattacherIndicateurEngagementInput } from './rattacher-indicateur-engagement.input';

/** The application command of `rattacherIndicateurEngagement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RattacherIndicateurEngagementCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RattacherIndicateurEngagementInput>,
  ) {
    super();
  }
}
