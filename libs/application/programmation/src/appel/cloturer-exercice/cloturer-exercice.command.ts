import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { CloturerExerciceInput } from './cloturer-exercice.input';

/** The application command of `cloturerExercice`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class CloturerExerciceCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<CloturerExerciceInput>,
  ) {
    super();
  }
}
