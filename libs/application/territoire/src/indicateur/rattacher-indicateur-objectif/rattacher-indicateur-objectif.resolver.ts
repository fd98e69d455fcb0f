import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { RattacherIndicateurObjectifInput } from './rattacher-indicateur-objectif.input';
import { RattacherIndicateurObjectifCommand } from './rattacher-indicateur-objectif.command';

/** Use case: attach an indicator to a node of the cadre stratégique (admin). */
@Resolver()
export class RattacherIndicateurObjectifResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Attach an indicator to an objective (a node of the cadre stratégique).' })
  @Permit('admin')
  rattacherIndicateurObjectif(@Ctx() context: RequestContext, @Args('input') input: RattacherIndicateurObjectifInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RattacherIndicateurObjectifCommand(context, sansNull(input)));
  }
}
