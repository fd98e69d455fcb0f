import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DetacherCommuneInput } from './detacher-commune.input';
import { DetacherCommuneCommand } from './detacher-commune.command';

/** Use case: detach a commune from the territory (admin). */
@Resolver()
export class DetacherCommuneResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Detach a commune from the territory (it stays in the history).' })
  @Permit('admin')
  detacherCommune(@Ctx() context: RequestContext, @Args('input') input: DetacherCommuneInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DetacherCommuneCommand(context, sansNull(input)));
  }
}
