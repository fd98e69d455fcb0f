import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EPCI } from '../../shared/acces';
import { CloreComiteInput } from './clore-comite.input';
import { CloreComiteCommand } from './clore-comite.command';

/** Use case: close a comité (EPCI staff). */
@Resolver()
export class CloreComiteResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close a comité des financeurs.' })
  @Permit(...EPCI)
  cloreComite(@Ctx() context: RequestContext, @Args('input') input: CloreComiteInput): Promise<CommandPayload> {
    return this.commandBus.execute(new CloreComiteCommand(context, sansNull(input)));
  }
}
