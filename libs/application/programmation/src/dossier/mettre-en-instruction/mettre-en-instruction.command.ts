import { Command } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { type RequestContext } from '@cdv/tenancy';
import { type SansNull } from '@cdv/platform';
import { MettreEnInstructionInput } from './mettre-en-instruction.input';

/** The application command of `mettreEnInstruction`: who asks (the request context) and what (its input, nulls normalised at the edge). */
export class MettreEnInstructionCommand extends Command<CommandPayload> {
  constructor(
    readonly context: RequestContext,
    readonly input: SansNull<MettreEnInstructionInput>,
  ) {
    super();
  }
}
