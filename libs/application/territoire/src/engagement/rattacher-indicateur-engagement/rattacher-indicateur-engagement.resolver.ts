import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { engagementDecider, engagementStream, type RattacherIndicateurEngagement } from '@cdv/domain-territoire';
import { CommandPayload, idValide } from '@cdv/graphql-common';
import { CommandGateway } from '@cdv/platform';
import { commandMetadataFor, Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RattacherIndicateurEngagementInput } from './rattacher-indicateur-engagement.input';

/** Use case: attach an indicator to a commitment (admin). */
@Resolver()
export class RattacherIndicateurEngagementResolver {
  constructor(private readonly commands: CommandGateway) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach an indicator to a commitment.' })
  @Permit('admin')
  rattacherIndicateurEngagement(@Ctx() context: RequestContext, @Args('input') input: RattacherIndicateurEngagementInput): Promise<CommandPayload> {
    const engagementId = idValide('engagementId', input.engagementId);
    const command: RattacherIndicateurEngagement = {
      type: 'RattacherIndicateurEngagement',
      data: { indicateurId: input.indicateurId },
      metadata: commandMetadataFor(context, input),
    };
    return this.commands.execute(
      { decider: engagementDecider, stream: engagementStream(context.tenantId, engagementId), command, expectedRevision: input.expectedRevision },
      engagementId,
    );
  }
}
