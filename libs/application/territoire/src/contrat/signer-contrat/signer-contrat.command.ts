import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { SignerContratInput } from './signer-contrat.input';

/** The application command of `signerContrat`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class SignerContratCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<SignerContratInput>,
  ) {
    super();
  }
}
