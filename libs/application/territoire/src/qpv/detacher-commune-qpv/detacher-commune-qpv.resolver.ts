import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DetacherCommuneQpvInput } from './detacher-commune-qpv.input';
import { DetacherCommuneQpvCommand } from './detacher-commune-qpv.command';

/** Use case: remove a commune from a quartier (admin; never its last one). */
@Resolver()
export class DetacherCommuneQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Remove a commune from a quartier on the map (never its last commune).' })
  @Permit('admin')
  detacherCommuneQpv(@Ctx() context: RequestContext, @Args('input') input: DetacherCommuneQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DetacherCommuneQpvCommand(context, sansNull(input)));
  }
}
