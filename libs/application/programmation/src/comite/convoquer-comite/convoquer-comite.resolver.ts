import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { ConvoquerComiteInput } from './convoquer-comite.input';
import { ConvoquerComiteCommand } from './convoquer-comite.command';

/** Use case: convene a comité des financeurs with its members (EPCI staff); names come from the référentiel. */
@Resolver()
export class ConvoquerComiteResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Convene a comité des financeurs.' })
  @Permit(...EPCI)
  convoquerComite(@Ctx() context: RequestContext, @Args('input') input: ConvoquerComiteInput): Promise<CommandPayload> {
    return this.commandBus.execute(new ConvoquerComiteCommand(context, sansNull(input)));
  }
}
