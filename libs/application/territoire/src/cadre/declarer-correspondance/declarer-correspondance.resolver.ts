import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DeclarerCorrespondanceInput } from './declarer-correspondance.input';
import { DeclarerCorrespondanceCommand } from './declarer-correspondance.command';

/** Use case: map the nodes of one version of a cadre to those of a later one (admin). */
@Resolver()
export class DeclarerCorrespondanceResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Map nodes of an older version of the cadre to nodes of a newer one, so old tags can be read in the new tree.',
  })
  @Permit('admin')
  declarerCorrespondance(@Ctx() context: RequestContext, @Args('input') input: DeclarerCorrespondanceInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DeclarerCorrespondanceCommand(context, sansNull(input)));
  }
}
