import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EnregistrerStatistiqueTerritoireInput } from './enregistrer-statistique-territoire.input';
import { EnregistrerStatistiqueTerritoireCommand } from './enregistrer-statistique-territoire.command';

/** Use case: record a statistic of the territory (admin; a different value for the same key is a correction and needs a reason). */
@Resolver()
export class EnregistrerStatistiqueTerritoireResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a statistic of the territory (population…); correcting a recorded value needs a reason.',
  })
  @Permit('admin')
  enregistrerStatistiqueTerritoire(@Ctx() context: RequestContext, @Args('input') input: EnregistrerStatistiqueTerritoireInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerStatistiqueTerritoireCommand(context, sansNull(input)));
  }
}
