import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { engagementDecider, engagementStream, type PrendreEngagement } from '@cdv/domain-territoire';
import { CommandPayload, nouvelId } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { refNoeud } from '../../shared/inputs';
import { organisation } from '../engagement.inputs';
import { PrendreEngagementInput } from './prendre-engagement.input';

/** Use case: record a partner's commitment in the contract (admin). */
@Resolver()
export class PrendreEngagementResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a commitment: objective, responsible organisations, means, indicators. Its id is engagementId, else derived from commandId.',
  })
  @Permit('admin')
  prendreEngagement(@Ctx() context: RequestContext, @Args('input') input: PrendreEngagementInput): Promise<CommandPayload> {
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
    return this.commands.execute(
      { decider: engagementDecider, stream: engagementStream(context.tenantId, engagementId), command, expectedRevision: input.expectedRevision },
      engagementId,
    );
  }
}
