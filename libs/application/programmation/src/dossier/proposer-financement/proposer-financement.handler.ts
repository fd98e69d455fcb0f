import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ProposerFinancement } from '@cdv/domain-programmation';
import { CommandPayload } from '@cdv/graphql-common';
import { ContexteProgrammation } from '../../shared/contexte.service';
import { EcrituresProgrammation } from '../../shared/ecritures-programmation.service';
import { ProposerFinancementCommand } from './proposer-financement.command';

/** Use case: propose an amount on a line (staff, or the line's financeur's instructeur); rules are checked. */
@CommandHandler(ProposerFinancementCommand)
export class ProposerFinancementHandler implements ICommandHandler<ProposerFinancementCommand> {
  constructor(
    private readonly ecritures: EcrituresProgrammation,
    private readonly contexte: ContexteProgrammation,
  ) {}

  async execute({ context, input }: ProposerFinancementCommand): Promise<CommandPayload> {
    const metadata = this.ecritures.metadata(context, input);
    const command: ProposerFinancement = {
      type: 'ProposerFinancement',
      data: {
        dossierId: input.dossierId,
        ligneId: input.ligneId,
        montant: input.montant,
        contexte: { regles: await this.contexte.regles(context.tenantId) },
      },
      metadata,
    };
    return this.ecritures.dossier(context, input, input.dossierId, command);
  }
}
