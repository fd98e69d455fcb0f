import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { PrendreEngagementInput } from './prendre-engagement.input';
import { PrendreEngagementCommand } from './prendre-engagement.command';

/** Use case: record a partner's commitment in the contract (admin). */
@Resolver()
export class PrendreEngagementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a commitment: objective, responsible organisations, means, indicators. Its id is engagementId, else derived from commandId.',
  })
  @Permit('admin')
  prendreEngagement(@Ctx() context: RequestContext, @Args('input') input: PrendreEngagementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new PrendreEngagementCommand(context, sansNull(input)));
  }
}
