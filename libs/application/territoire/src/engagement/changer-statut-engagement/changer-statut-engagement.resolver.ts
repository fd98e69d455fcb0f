import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { ChangerStatutEngagementInput } from './changer-statut-engagement.input';
import { ChangerStatutEngagementCommand } from './changer-statut-engagement.command';

/** Use case: record the follow-up status of a commitment (admin; abandoning needs a reason). */
@Resolver()
export class ChangerStatutEngagementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record the follow-up status of a commitment; abandoning needs a reason and is final.' })
  @Permit('admin')
  changerStatutEngagement(@Ctx() context: RequestContext, @Args('input') input: ChangerStatutEngagementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ChangerStatutEngagementCommand(context, sansNull(input)));
  }
}
