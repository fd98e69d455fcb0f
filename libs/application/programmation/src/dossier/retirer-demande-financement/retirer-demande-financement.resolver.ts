import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPayload } from '@cdv/graphql-common';
import { Ctx, Permit, type RequestContext } from '@cdv/tenancy';
import { sansNull } from '@cdv/platform';
import { EPCI_ET_PORTEUR } from '../../shared/acces';
import { RetirerDemandeFinancementInput } from './retirer-demande-financement.input';
import { RetirerDemandeFinancementCommand } from './retirer-demande-financement.command';

/** Use case: withdraw a line of the plan de financement (its porteur, or staff); under instruction with a reason. */
@Resolver()
export class RetirerDemandeFinancementResolver {
  constructor(private readonly commandBus: CommandBus) {}

  @Mutation(() => CommandPayload, { nullable: true, description: 'Withdraw a financing request (a line not decided yet).' })
  @Permit(...EPCI_ET_PORTEUR)
  retirerDemandeFinancement(@Ctx() context: RequestContext, @Args('input') input: RetirerDemandeFinancementInput): Promise<CommandPayload> {
    return this.commandBus.execute(new RetirerDemandeFinancementCommand(context, sansNull(input)));
  }
}
