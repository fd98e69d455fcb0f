import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { MettreEnInstruction } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { PiecesRequisesContexte } from '../../pieces/pieces-requises.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { MettreEnInstructionCommand } from './mettre-en-instruction.command';

/** Use case: start the instruction of a deposited dossier (EPCI staff). */
@CommandHandler(MettreEnInstructionCommand)
export class MettreEnInstructionHandler implements ICommandHandler<MettreEnInstructionCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly piecesRequises: PiecesRequisesContexte,
  ) {}

  async execute({ context, input }: MettreEnInstructionCommand): Promise<CommandPayload> {
    // The pieces the appel asks for: the decider refuses while one is missing (docs/adr/0022-pieces-justificatives.md).
    const contexte = await this.piecesRequises.pourDossier(context.tenantId, input.dossierId);
    const command: MettreEnInstruction = {
      type: 'MettreEnInstruction',
      data: { dossierId: input.dossierId, ...(contexte ? { contexte } : {}) },
      metadata: this.ecritures.metadata(context, input),
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
