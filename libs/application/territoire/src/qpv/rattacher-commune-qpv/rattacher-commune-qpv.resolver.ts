import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RattacherCommuneQpvInput } from './rattacher-commune-qpv.input';
import { RattacherCommuneQpvCommand } from './rattacher-commune-qpv.command';

/** Use case: add a commune to a quartier (admin). */
@Resolver()
export class RattacherCommuneQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Add a commune to a quartier on the map.' })
  @Permit('admin')
  rattacherCommuneQpv(@Ctx() context: RequestContext, @Args('input') input: RattacherCommuneQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RattacherCommuneQpvCommand(context, sansNull(input)));
  }
}
