import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { ChangerStatutEngagementInput } from './changer-statut-engagement.input';

/** The application command of `changerStatutEngagement`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ChangerStatutEngagementCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ChangerStatutEngagementInput>,
  ) {
    super();
  }
}
