import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { CloreConsultationInput } from './clore-consultation.input';

/** The application command of `cloreConsultationRapport`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class CloreConsultationCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<CloreConsultationInput>,
  ) {
    super();
  }
}
