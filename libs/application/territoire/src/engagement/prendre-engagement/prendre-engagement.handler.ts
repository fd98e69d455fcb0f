import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { engagementDecider, engagementStream, type PrendreEngagement } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { refNoeud } from '../../shared/inputs';
import { organisation } from '../engagement.inputs';
import { PrendreEngagementCommand } from './prendre-engagement.command';

/** Use case: record a partner's commitment in the contract (admin). */
@CommandHandler(PrendreEngagementCommand)
export class PrendreEngagementHandler implements ICommandHandler<PrendreEngagementCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: PrendreEngagementCommand): Promise<CommandPayload> {
    const engagementId = nouvelId('engagementId', 'engagement', context.tenantId, input.engagementId, input.commandId);
    const command: PrendreEngagement = {
      type: 'PrendreEngagement',
      data: {
        engagementId,
        contratId: input.contratId ?? null,
        groupe: input.groupe ?? null,
        priorite: input.priorite ?? null,
        objectif: input.objectif,
        responsables: input.responsables.map(organisation),
        moyens: input.moyens ?? null,
        noeuds: (input.noeuds ?? []).map(refNoeud),
        indicateurIds: input.indicateurIds ?? [],
        echeance: input.echeance ?? null,
        ...(input.statut ? { statut: input.statut } : {}),
      },
      metadata: commandMetadataFor(context, input),
    };
    const decision = {
      decider: engagementDecider,
      stream: engagementStream(context.tenantId, engagementId),
      command,
      expectedRevision: input.expectedRevision,
    };
    return this.decisions.reponse(decision.stream, engagementId, await this.decisions.decider(decision));
  }
}
