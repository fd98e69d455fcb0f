import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RattacherCommuneInput } from './rattacher-commune.input';
import { RattacherCommuneCommand } from './rattacher-commune.command';

/** Use case: attach a commune to the territory (admin). */
@Resolver()
export class RattacherCommuneResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach a commune to the territory (again: adds the INSEE code or aliases it lacked).' })
  @Permit('admin')
  rattacherCommune(@Ctx() context: RequestContext, @Args('input') input: RattacherCommuneInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RattacherCommuneCommand(context, sansNull(input)));
  }
}
