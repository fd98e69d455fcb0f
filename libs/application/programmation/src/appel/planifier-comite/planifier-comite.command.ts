import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { PlanifierComiteInput } from './planifier-comite.input';

/** The application command of `planifierComite`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class PlanifierComiteCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<PlanifierComiteInput>,
  ) {
    super();
  }
}
