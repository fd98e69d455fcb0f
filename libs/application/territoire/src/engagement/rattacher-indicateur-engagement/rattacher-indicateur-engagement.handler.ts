import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { engagementDecider, engagementStream, type RattacherIndicateurEngagement } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { RattacherIndicateurEngagementCommand } from './rattacher-indicateur-engagement.command';

/** Use case: attach an indicator to a commitment (admin). */
@CommandHandler(RattacherIndicateurEngagementCommand)
export class RattacherIndicateurEngagementHandler implements ICommandHandler<RattacherIndicateurEngagementCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: RattacherIndicateurEngagementCommand): Promise<CommandPayload> {
    const engagementId = idValide('engagementId', input.engagementId);
    const command: RattacherIndicateurEngagement = {
      type: 'RattacherIndicateurEngagement',
      data: { indicateurId: input.indicateurId },
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
