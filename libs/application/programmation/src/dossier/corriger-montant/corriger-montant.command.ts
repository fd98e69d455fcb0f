import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { CorrigerMontantInput } from './corriger-montant.input';

/** The application command of `corrigerMontant`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class CorrigerMontantCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<CorrigerMontantInput>,
  ) {
    super();
  }
}
