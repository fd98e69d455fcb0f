import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { DeclarerQpvInput } from './declarer-qpv.input';
import { DeclarerQpvCommand } from './declarer-qpv.command';

/** Use case: declare a quartier: a QPV of a national geography, a quartier de veille active or d’intérêt communautaire (admin). */
@Resolver()
export class DeclarerQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description:
      'Declare a quartier (QPV, quartier de veille active, quartier d’intérêt communautaire). Its id is qpvId, else its code, else derived from commandId.',
  })
  @Permit('admin')
  declarerQpv(@Ctx() context: RequestContext, @Args('input') input: DeclarerQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DeclarerQpvCommand(context, sansNull(input)));
  }
}
