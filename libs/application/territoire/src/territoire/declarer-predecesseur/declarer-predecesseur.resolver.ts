import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DeclarerPredecesseurInput } from './declarer-predecesseur.input';
import { DeclarerPredecesseurCommand } from './declarer-predecesseur.command';

/** Use case: declare an EPCI this one comes from (admin). */
@Resolver()
export class DeclarerPredecesseurResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Declare an EPCI this one comes from (a merger), with its own contract.' })
  @Permit('admin')
  declarerPredecesseur(@Ctx() context: RequestContext, @Args('input') input: DeclarerPredecesseurInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DeclarerPredecesseurCommand(context, sansNull(input)));
  }
}
