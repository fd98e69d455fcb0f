import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type SansNull } from '@cdv/platform';
import { type RequestContext } from '@cdv/tenancy';
import { SignerAvenantInput } from './signer-avenant.input';

/** The application command of `signerAvenant`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class SignerAvenantCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<SignerAvenantInput>,
  ) {
    super();
  }
}
