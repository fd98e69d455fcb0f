import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { RattacherASerieInput } from './rattacher-a-serie.input';
import { RattacherASerieCommand } from './rattacher-a-serie.command';

/** Use case: attach a dossier to a série (the same action renewed year after year); moving it needs a reason (EPCI staff). */
@Resolver()
export class RattacherASerieResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach the dossier to a série with its rank (« 3ème année »).' })
  @Permit(...EPCI)
  rattacherASerie(@Ctx() context: RequestContext, @Args('input') input: RattacherASerieInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RattacherASerieCommand(context, sansNull(input)));
  }
}
