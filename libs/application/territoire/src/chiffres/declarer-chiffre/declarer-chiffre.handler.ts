import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { chiffresDecider, chiffresStream, type DeclarerChiffre } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { DeclarerChiffreCommand } from './declarer-chiffre.command';

/** Use case: record a figure printed in a source document, as printed (admin). */
@CommandHandler(DeclarerChiffreCommand)
export class DeclarerChiffreHandler implements ICommandHandler<DeclarerChiffreCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: DeclarerChiffreCommand): Promise<CommandPayload> {
    const documentId = idValide('documentId', input.documentId);
    const chiffreId = nouvelId('chiffreId', `chiffre:${documentId}`, context.tenantId, input.chiffreId, input.commandId);
    const command: DeclarerChiffre = {
      type: 'DeclarerChiffre',
      data: {
        documentId,
        chiffreId,
        cle: input.cle,
        libelle: input.libelle,
        valeurImprimee: input.valeurImprimee,
        valeur: input.valeur ?? null,
        unite: input.unite ?? null,
        qualificatif: input.qualificatif ?? null,
        dateReference: input.dateReference ?? null,
        ...(input.sujet ? { sujet: { type: input.sujet.type, id: input.sujet.id ?? null } } : {}),
        document: input.document,
        localisation: input.localisation,
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: chiffresDecider, stream: chiffresStream(context.tenantId, documentId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, chiffreId, await this.decisions.decider(decision));
  }
}
