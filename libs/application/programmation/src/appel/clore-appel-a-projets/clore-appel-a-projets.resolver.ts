import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { CloreAppelAProjetsInput } from './clore-appel-a-projets.input';
import { CloreAppelAProjetsCommand } from './clore-appel-a-projets.command';

/** Use case: close the appel à projets (EPCI staff). */
@Resolver()
export class CloreAppelAProjetsResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close the appel à projets of a year.' })
  @Permit(...EPCI)
  cloreAppelAProjets(@Ctx() context: RequestContext, @Args('input') input: CloreAppelAProjetsInput): Promise<CommandPayload> {
    return this.commandBus.execute(new CloreAppelAProjetsCommand(context, sansNull(input)));
  }
}
