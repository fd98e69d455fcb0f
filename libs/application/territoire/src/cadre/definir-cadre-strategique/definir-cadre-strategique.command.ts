import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DefinirCadreStrategiqueInput } from './definir-cadre-strategique.input';

/** The application command of `definirCadreStrategique`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirCadreStrategiqueCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirCadreStrategiqueInput>,
  ) {
    super();
  }
}
