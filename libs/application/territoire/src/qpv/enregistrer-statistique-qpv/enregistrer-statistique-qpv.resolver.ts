import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { sansNull } from '@cdv/platform';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { EnregistrerStatistiqueQpvInput } from './enregistrer-statistique-qpv.input';
import { EnregistrerStatistiqueQpvCommand } from './enregistrer-statistique-qpv.command';

/** Use case: record a statistic of a quartier (admin; correcting a value needs a reason). */
@Resolver()
export class EnregistrerStatistiqueQpvResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, {
    nullable: true,
    description: 'Record a statistic of a quartier (population, taux d’emploi…); correcting a recorded value needs a reason.',
  })
  @Permit('admin')
  enregistrerStatistiqueQpv(@Ctx() context: RequestContext, @Args('input') input: EnregistrerStatistiqueQpvInput): Promise<CommandPayload> {
    return this.commandBus.execute(new EnregistrerStatistiqueQpvCommand(context, sansNull(input)));
  }
}
