import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI } from '../../shared/acces';
import { CloturerExerciceInput } from './cloturer-exercice.input';
import { CloturerExerciceCommand } from './cloturer-exercice.command';

/** Use case: close the year (EPCI staff); the application counts the dossiers not soldé, the appel decides. */
@Resolver()
export class CloturerExerciceResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Close the year once all its dossiers are soldé.' })
  @Permit(...EPCI)
  cloturerExercice(@Ctx() context: RequestContext, @Args('input') input: CloturerExerciceInput): Promise<CommandPayload> {
    return this.commandBus.execute(new CloturerExerciceCommand(context, sansNull(input)));
  }
}
