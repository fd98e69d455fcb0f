import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { DeposerBilanInput } from './deposer-bilan.input';
import { DeposerBilanCommand } from './deposer-bilan.command';

/** Use case: the porteur files its bilan (or staff for it): en_cours → bilan_depose, one indicator event per value. */
@Resolver()
export class DeposerBilanResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'File the bilan of a running action.' })
  @Permit(...EPCI_ET_PORTEUR)
  deposerBilan(@Ctx() context: RequestContext, @Args('input') input: DeposerBilanInput): Promise<CommandPayload> {
    return this.commandBus.execute(new DeposerBilanCommand(context, sansNull(input)));
  }
}
