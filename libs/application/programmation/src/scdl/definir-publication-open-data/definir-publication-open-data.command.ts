import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { DefinirPublicationOpenDataInput } from './definir-publication-open-data.input';

/** The application command of `definirPublicationOpenData`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class DefinirPublicationOpenDataCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<DefinirPublicationOpenDataInput>,
  ) {
    super();
  }
}
