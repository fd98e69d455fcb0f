import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { SoumettreAConsultationInput } from './soumettre-a-consultation.input';

/** The application command of `soumettreRapportAConsultation`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class SoumettreAConsultationCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<SoumettreAConsultationInput>,
  ) {
    super();
  }
}
