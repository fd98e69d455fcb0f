import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RattacherIndicateurEngagementInput } from './rattacher-indicateur-engagement.input';
import { RattacherIndicateurEngagementCommand } from './rattacher-indicateur-engagement.command';

/** Use case: attach an indicator to a commitment (admin). */
@Resolver()
export class RattacherIndicateurEngagementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach an indicator to a commitment.' })
  @Permit('admin')
  rattacherIndicateurEngagement(@Ctx() context: RequestContext, @Args('input') input: RattacherIndicateurEngagementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RattacherIndicateurEngagementCommand(context, sansNull(input)));
  }
}
