import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DefinirIndicateurInput } from './definir-indicateur.input';

/** The application command of `definirIndicateur`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirIndicateurCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirIndicateurInput>,
  ) {
    super();
  }
}
