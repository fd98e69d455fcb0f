import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { AnnulerOperationInput } from './annuler-operation.input';

/** The application command of `annulerOperationDispositif`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class AnnulerOperationCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<AnnulerOperationInput>,
  ) {
    super();
  }
}
