import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { VoterFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { VoterFinancementCommand } from './voter-financement.command';

/** Use case: vote a line outside a comité (staff, or the line's financeur's instructeur); rules are checked. */
@CommandHandler(VoterFinancementCommand)
export class VoterFinancementHandler implements ICommandHandler<VoterFinancementCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  async execute({ context, input }: VoterFinancementCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const command: VoterFinancement = {
      type: 'VoterFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        montant: input.montant,
        ...(input.comiteId ? { comiteId: input.comiteId } : {}),
        contexte: { regles: await this.contexte.regles(context.tenantId) },
      },
      metadata,
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
