import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type ChangerStatutEngagement, engagementDecider, engagementStream } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ChangerStatutEngagementInput } from './changer-statut-engagement.input';

/** Use case: record the follow-up status of a commitment (admin; abandoning needs a reason). */
@Resolver()
export class ChangerStatutEngagementResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the follow-up status of a commitment; abandoning needs a reason and is final.' })
  @Permit('admin')
  changerStatutEngagement(@Ctx() context: RequestContext, @Args('input') input: ChangerStatutEngagementInput): Promise<CommandPayload> {
    const engagementId = idValide('engagementId', input.engagementId);
    const command: ChangerStatutEngagement = {
      type: 'ChangerStatutEngagement',
      data: { statut: input.statut, depuis: input.depuis, commentaire: input.commentaire ?? null },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: engagementDecider, stream: engagementStream(context.tenantId, engagementId), command, expectedRevision: input.expectedRevision },
      engagementId,
    );
  }
}
