import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chiffresDecider, chiffresStream, type CorrigerChiffre } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { CorrigerChiffreCommand } from './corriger-chiffre.command';

/** Use case: correct a figure mis-read from its document (admin; needs a reason). */
@CommandHandler(CorrigerChiffreCommand)
export class CorrigerChiffreHandler implements ICommandHandler<CorrigerChiffreCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: CorrigerChiffreCommand): Promise<CommandPayload> {
    const documentId = idValide('documentId', input.documentId);
    const chiffreId = idValide('chiffreId', input.chiffreId);
    const command: CorrigerChiffre = {
      type: 'CorrigerChiffre',
      data: {
        chiffreId,
        ...(input.valeurImprimee != null ? { valeurImprimee: input.valeurImprimee } : {}),
        ...(input.valeur !== undefined ? { valeur: input.valeur } : {}),
        ...(input.localisation != null ? { localisation: input.localisation } : {}),
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: chiffresDecider, stream: chiffresStream(context.tenantId, documentId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, chiffreId, await this.decisions.decider(decision));
  }
}
