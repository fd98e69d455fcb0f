import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type AjouterObjectif, cadreDecider, cadreStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { AjouterObjectifCommand } from './ajouter-objectif.command';

/** Use case: add a node (pilier, orientation, objectif, priorité…) to the current version of a cadre (admin). */
@CommandHandler(AjouterObjectifCommand)
export class AjouterObjectifHandler implements ICommandHandler<AjouterObjectifCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: AjouterObjectifCommand): Promise<CommandPayload> {
    const cadreId = idValide('cadreId', input.cadreId);
    const noeudId = nouvelId('noeudId', `noeud:${cadreId}`, context.tenantId, input.noeudId, input.commandId);
    const command: AjouterObjectif = {
      type: 'AjouterObjectif',
      data: {
        version: input.version,
        dimension: input.dimension,
        noeudId,
        parentId: input.parentId ?? null,
        ...(input.niveau !== undefined && input.niveau !== null ? { niveau: input.niveau } : {}),
        code: input.code ?? null,
        libelle: input.libelle,
        libelleAffiche: input.libelleAffiche ?? null,
        variantes: input.variantes ?? [],
        liens: input.liens ?? [],
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = { decider: cadreDecider, stream: cadreStream(context.tenantId, cadreId), command, expectedRevision: input.expectedRevision };
    return this.decisions.reponse(decision.stream, noeudId, await this.decisions.decider(decision));
  }
}
