import { Command } from '@nestjs/cqrs';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { CommandPayloadAvecEffets } from '../../shared/programmation.types';
import { SignerConventionInput } from './signer-convention.input';

/** The application command of `signerConvention`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class SignerConventionCommand extends Command<CommandPayloadAvecEffets> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<SignerConventionInput>,
  ) {
    super();
  }
}
