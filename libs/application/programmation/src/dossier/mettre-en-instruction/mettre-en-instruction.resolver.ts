import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { MettreEnInstruction } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { MettreEnInstructionInput } from './mettre-en-instruction.input';

/** Use case: start the instruction of a deposited dossier (EPCI staff). */
@Resolver()
export class MettreEnInstructionResolver {
  constructor(private readonly commands: ProgrammationCommands) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Start the instruction of a dossier (it needs at least one financing request).' })
  @Permit(...EPCI)
  mettreEnInstruction(@Ctx() context: RequestContext, @Args('input') input: MettreEnInstructionInput): Promise<CommandPayload> {
    const command: MettreEnInstruction = {
      type: 'MettreEnInstruction',
      data: { dossierId: input.dossierId },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
