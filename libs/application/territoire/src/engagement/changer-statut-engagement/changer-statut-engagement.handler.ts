import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type ChangerStatutEngagement, engagementDecider, engagementStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { Decisions } from '@cdv/platform';
import { commandMetadataFor } from '@cdv/tenancy';
import { ChangerStatutEngagementCommand } from './changer-statut-engagement.command';

/** Use case: record the follow-up status of a commitment (admin; abandoning needs a reason). */
@CommandHandler(ChangerStatutEngagementCommand)
export class ChangerStatutEngagementHandler implements ICommandHandler<ChangerStatutEngagementCommand> {
  constructor(private readonly decisions: Decisions) {}

  async execute({ context, input }: ChangerStatutEngagementCommand): Promise<CommandPayload> {
    const engagementId = idValide('engagementId', input.engagementId);
    const command: ChangerStatutEngagement = {
      type: 'ChangerStatutEngagement',
      data: { statut: input.statut, depuis: input.depuis, commentaire: input.commentaire ?? null },
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
