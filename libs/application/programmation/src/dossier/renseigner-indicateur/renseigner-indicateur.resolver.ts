import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { RenseignerIndicateurInput } from './renseigner-indicateur.input';
import { RenseignerIndicateurCommand } from './renseigner-indicateur.command';

/** Use case: record an indicator value (porteur or staff); changing a value needs a reason. */
@Resolver()
export class RenseignerIndicateurResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Record an indicator value of the action; changing a known value needs a reason.' })
  @Permit(...EPCI_ET_PORTEUR)
  renseignerIndicateur(@Ctx() context: RequestContext, @Args('input') input: RenseignerIndicateurInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RenseignerIndicateurCommand(context, sansNull(input)));
  }
}
