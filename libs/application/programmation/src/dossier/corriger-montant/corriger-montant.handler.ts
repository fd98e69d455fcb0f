import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { CorrigerMontant } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { CorrigerMontantCommand } from './corriger-montant.command';

/** Use case: correct an amount with a reason (staff, or the line's financeur's instructeur); invariants and rules hold. */
@CommandHandler(CorrigerMontantCommand)
export class CorrigerMontantHandler implements ICommandHandler<CorrigerMontantCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  async execute({ context, input }: CorrigerMontantCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const command: CorrigerMontant = {
      type: 'CorrigerMontant',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        etape: input.etape,
        montant: input.montant,
        contexte: { regles: await this.contexte.regles(context.tenantId) },
      },
      metadata,
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
