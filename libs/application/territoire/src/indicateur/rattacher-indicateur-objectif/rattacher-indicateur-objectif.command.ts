import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { RattacherIndicateurObjectifInput } from './rattacher-indicateur-objectif.input';

/** The application command of `rattacherIndicateurObjectif`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class RattacherIndicateurObjectifCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<RattacherIndicateurObjectifInput>,
  ) {
    super();
  }
}
