import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RetirerSectionInput } from './retirer-section.input';

/** The application command of `retirerSectionRapport`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RetirerSectionCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RetirerSectionInput>,
  ) {
    super();
  }
}
