import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { ConclureConventionOperationnelleInput } from './conclure-convention-operationnelle.input';

/** The application command of `conclureConventionOperationnelle`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class ConclureConventionOperationnelleCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<ConclureConventionOperationnelleInput>,
  ) {
    super();
  }
}
