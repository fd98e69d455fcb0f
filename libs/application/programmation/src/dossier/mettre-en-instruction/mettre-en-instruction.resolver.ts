import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { MettreEnInstruction } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { PiecesRequisesContexte } from '../../pieces/pieces-requises.service';
import { ProgrammationCommands } from '../../shared/programmation-commands.service';
import { MettreEnInstructionInput } from './mettre-en-instruction.input';

/** Use case: start the instruction of a deposited dossier (EPCI staff). */
@Resolver()
export class MettreEnInstructionResolver {
  constructor(
    private readonly commands: ProgrammationCommands,
    private readonly piecesRequises: PiecesRequisesContexte,
  ) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Start the instruction of a dossier (it needs at least one financing request).' })
  @Permit(...EPCI)
  async mettreEnInstruction(@Ctx() context: RequestContext, @Args('input') input: MettreEnInstructionInput): Promise<CommandPayload> {
    // The pieces the appel asks for: the decider refuses while one is missing (docs/adr/0022-pieces-justificatives.md).
    const contexte = await this.piecesRequises.pourDossier(context.tenantId, input.dossierId);
    const command: MettreEnInstruction = {
      type: 'MettreEnInstruction',
      data: { dossierId: input.dossierId, ...(contexte ? { contexte } : {}) },
      metadata: this.commands.metadata(context, input),
    };
    return this.commands.dossier(context, input, input.dossierId, command);
  }
}
